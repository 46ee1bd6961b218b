package fr.santekb.api;

import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.config.ServeSettings;
import fr.santekb.indexer.config.ServeSettings.RequestLogFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param indexDir the index folder to serve
 * @param configDir the config folder (analysis, vocabularies, geography) the index was built with
 * @param host interface to bind; loopback by default, so the server is not reachable from outside
 * @param port TCP port, 0 for any free port
 * @param uiDir folder of the web page served at {@code /}, empty for the API alone
 * @param refreshEvery how often the index folder is checked for a new commit
 * @param searchBudget time one search may spend matching; then it answers with what it found,
 *     marked partial
 * @param corsOrigins origins allowed to call {@code /api} from a browser page of theirs
 * @param requestLog format of the request log line
 */
public record SearchSettings(Path indexDir, Path configDir, String host, int port,
    Optional<Path> uiDir, Duration refreshEvery, Duration searchBudget, List<String> corsOrigins,
    RequestLogFormat requestLog) {

  public static final String DEFAULT_HOST = ServeSettings.DEFAULT_HOST;
  public static final int DEFAULT_PORT = ServeSettings.DEFAULT_PORT;
  public static final Duration DEFAULT_REFRESH = ServeSettings.DEFAULT_REFRESH;

  /** Settings with the default search budget, no cross-origin callers, a plain-text log. */
  public SearchSettings(Path indexDir, Path configDir, String host, int port,
      Optional<Path> uiDir, Duration refreshEvery) {
    this(indexDir, configDir, host, port, uiDir, refreshEvery, SearchService.DEFAULT_BUDGET);
  }

  /** Settings with no cross-origin callers and a plain-text request log. */
  public SearchSettings(Path indexDir, Path configDir, String host, int port,
      Optional<Path> uiDir, Duration refreshEvery, Duration searchBudget) {
    this(indexDir, configDir, host, port, uiDir, refreshEvery, searchBudget, List.of(),
        RequestLogFormat.TEXT);
  }

  public SearchSettings {
    if (searchBudget.isNegative() || searchBudget.isZero()) {
      throw new IllegalArgumentException("searchBudget must be positive (got " + searchBudget
          + ")");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (got " + port + ")");
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    corsOrigins = List.copyOf(corsOrigins);
  }
}
