package fr.santekb.indexer.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@code santekb serve} listens, from the {@code serve} section of santekb.yaml; its
 * command-line flags override each value.
 *
 * @param host interface to bind; loopback by default, so the server is not reachable from outside
 * @param port TCP port, 0 for any free port
 * @param uiDir folder of the web page; empty means the {@code ui/} folder beside {@code config/}
 * @param corsOrigins origins ({@code https://intranet.example}) whose pages may call the API from
 *     a browser; empty: none but the server's own page
 * @param refreshEvery how often the index folder is checked for a new commit
 * @param requestLog format of the one line per request written to stdout
 */
public record ServeSettings(String host, int port, Optional<Path> uiDir, List<String> corsOrigins,
    Duration refreshEvery, RequestLogFormat requestLog) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(2);
  /** Scheme, host and optional port, nothing after: what browsers send in {@code Origin}. */
  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s*]+");

  /** One line per request: readable text, or one JSON object per line for log collectors. */
  public enum RequestLogFormat { TEXT, JSON }

  public static ServeSettings defaults() {
    return new ServeSettings(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), List.of(),
        DEFAULT_REFRESH, RequestLogFormat.TEXT);
  }

  public ServeSettings {
    ConfigException.require(host != null && !host.isBlank(), "serve.host", "must not be blank",
        host);
    ConfigException.require(port >= 0 && port <= 65_535, "serve.port",
        "must be between 0 and 65535", port);
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      ConfigException.require(ORIGIN.matcher(origin).matches(), "serve.corsOrigins",
          "each must be an origin such as https://intranet.example (scheme and host, no path)",
          origin);
    }
    ConfigException.require(!refreshEvery.isNegative() && !refreshEvery.isZero(),
        "serve.refreshSeconds", "must be > 0", refreshEvery.toMillis() / 1000.0);
  }
}
