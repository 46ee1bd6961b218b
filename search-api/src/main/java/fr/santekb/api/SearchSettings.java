package fr.santekb.api;

import fr.santekb.api.search.SearchService;
import java.nio.file.Path;
import java.time.Duration;
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
 */
public record SearchSettings(Path indexDir, Path configDir, String host, int port,
    Optional<Path> uiDir, Duration refreshEvery, Duration searchBudget) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(2);

  /** Settings with the default search budget. */
  public SearchSettings(Path indexDir, Path configDir, String host, int port,
      Optional<Path> uiDir, Duration refreshEvery) {
    this(indexDir, configDir, host, port, uiDir, refreshEvery, SearchService.DEFAULT_BUDGET);
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
  }
}
