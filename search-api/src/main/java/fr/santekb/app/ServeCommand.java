package fr.santekb.app;

import fr.santekb.api.SearchServer;
import fr.santekb.api.SearchSettings;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.config.ServeSettings;
import fr.santekb.indexer.index.PipelineVersions;
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
    description = "Serve the search API and the web page over an index. Each flag overrides the "
        + "serve section (and index) of config/santekb.yaml.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index folder (default: index in santekb.yaml).")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: serve.port, "
      + "else 7070; 0 = any).")
  Integer port;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: "
      + "serve.host, else 127.0.0.1, this machine only; 0.0.0.0 = all).")
  String host;

  @Option(names = "--config", paramLabel = "DIR",
      description = "Config folder (default: the project's config/).")
  Path config;

  @Option(names = "--ui", paramLabel = "DIR",
      description = "Folder of the web page (default: serve.ui, else the project's ui/).")
  Path ui;

  @Override
  public Integer call() throws Exception {
    if (port != null && (port < 0 || port > 65_535)) {
      System.err.println("santekb serve: --port must be between 0 and 65535");
      return ExitCodes.USAGE;
    }
    SantekbConfig cfg = ConfigLoader.load(ConfigLoader.locate(config));
    Optional<Path> indexDir = index != null ? Optional.of(index) : cfg.index();
    if (indexDir.isEmpty()) {
      System.err.println("santekb serve: no index folder: give --index DIR or set index: in "
          + cfg.configDir().resolve(ConfigLoader.FILE_NAME));
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(indexDir.get())) {
      System.err.println("santekb serve: not a folder: " + indexDir.get()
          + " (build an index first: santekb index --source DIR --index " + indexDir.get() + ")");
      return ExitCodes.USAGE;
    }
    PipelineVersions versions = PipelineVersions.read(indexDir.get());
    if (!versions.current()) {
      System.err.println("santekb serve: " + versions.problem(indexDir.get()));
      return ExitCodes.USAGE;
    }
    return serve(settings(cfg, indexDir.get()), null);
  }

  /** The file's serve settings with this command's flags laid over them. */
  SearchSettings settings(SantekbConfig cfg, Path indexDir) {
    ServeSettings file = cfg.serve();
    return new SearchSettings(indexDir, cfg.configDir(), host != null ? host : file.host(),
        port != null ? port : file.port(), Optional.of(ui != null ? ui : cfg.uiDir()),
        file.refreshEvery(), SearchService.DEFAULT_BUDGET, file.corsOrigins(), file.requestLog());
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
