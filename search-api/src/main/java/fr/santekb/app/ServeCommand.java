package fr.santekb.app;

import fr.santekb.api.SearchServer;
import fr.santekb.api.SearchSettings;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code santekb serve}: serves the JSON API and the web page over an index until stopped (Ctrl-C).
 * The index may be re-indexed meanwhile by another process: new commits show up within seconds.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and the web page over an index.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: 7070; 0 = any).")
  int port = SearchSettings.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Interface to bind (default: 127.0.0.1, this machine only; 0.0.0.0 = all).")
  String host = SearchSettings.DEFAULT_HOST;

  @Option(names = "--config", paramLabel = "DIR",
      description = "Config folder (default: the project's config/).")
  Path config;

  @Option(names = "--ui", paramLabel = "DIR",
      description = "Folder of the web page (default: the project's ui/).")
  Path ui;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) {
      System.err.println("santekb serve: not a folder: " + index
          + " (build an index first: santekb index --source DIR --index " + index + ")");
      return ExitCodes.USAGE;
    }
    if (port < 0 || port > 65_535) {
      System.err.println("santekb serve: --port must be between 0 and 65535");
      return ExitCodes.USAGE;
    }
    Path configDir = ConfigLoader.locate(config);
    SearchSettings settings = new SearchSettings(index, configDir, host, port,
        Optional.of(ui != null ? ui : configDir.getParent().resolve("ui")),
        SearchSettings.DEFAULT_REFRESH);
    return serve(settings, null);
  }

  /**
   * Runs the server until the JVM is stopped.
   *
   * @param banner printed once the server listens, with the URL; null for the default line
   */
  static int serve(SearchSettings settings, String banner) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    SearchServer server = SearchServer.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("santekb serve: error while stopping: " + e);
      } finally {
        stopped.countDown();
      }
    }, "santekb-shutdown"));
    String url = "http://" + displayHost(settings.host()) + ":" + server.port();
    System.out.println(banner != null ? banner.replace("{url}", url)
        : "santekb: serving " + settings.indexDir() + " on " + url + " (Ctrl-C to stop)");
    stopped.await();
    return ExitCodes.OK;
  }

  private static String displayHost(String host) {
    return host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
  }
}
