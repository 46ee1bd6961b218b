package fr.santekb.api.browser;

import fr.santekb.api.SearchServer;
import fr.santekb.api.SearchSettings;
import fr.santekb.indexer.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real server on port 0 over the {@link UiCorpus} index, serving the project's {@code ui/}
 * folder; built once per JVM for the browser test classes, stopped and deleted when the JVM exits.
 */
final class UiServer {
  private static UiServer shared;

  final Path corpus;
  final String baseUrl;

  private UiServer(Path corpus, int port) {
    this.corpus = corpus;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  static synchronized UiServer shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("santekb-ui-test");
        Path index = UiCorpus.writeAndIndex(dir);
        Path ui = Path.of(System.getProperty("santekb.root", "..")).resolve("ui");
        SearchServer server = SearchServer.start(new SearchSettings(index,
            ConfigLoader.locate(null), SearchSettings.DEFAULT_HOST, 0, Optional.of(ui),
            Duration.ofSeconds(5)));
        shared = new UiServer(dir.resolve("corpus"), server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, dir)));
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the browser-test server", e);
      }
    }
    return shared;
  }

  private static void stop(SearchServer server, Path dir) {
    try {
      server.close();
    } catch (IOException e) {
      System.err.println("browser-test server did not stop cleanly: " + e);
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
