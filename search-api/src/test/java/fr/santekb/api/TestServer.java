package fr.santekb.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One real server on port 0 over the {@link MiniCorpus} index, shared by the test classes of this
 * JVM (building the corpus and its 300-page PDF once); stopped and deleted when the JVM exits.
 */
public final class TestServer {
  private static TestServer shared;

  public final MiniCorpus corpus;
  public final SearchServer server;
  public final Http http;

  private TestServer(MiniCorpus corpus, SearchServer server) {
    this.corpus = corpus;
    this.server = server;
    this.http = new Http(server.port());
  }

  public static synchronized TestServer shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("santekb-api-test");
        MiniCorpus corpus = MiniCorpus.build(dir);
        SearchServer server = SearchServer.start(settings(corpus.index, Optional.empty()));
        shared = new TestServer(corpus, server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            System.err.println("test server did not stop cleanly: " + e);
          }
          delete(dir);
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** Settings for a test server over {@code index}: loopback, any free port, fast refresh. */
  public static SearchSettings settings(Path index, Optional<Path> ui) {
    return new SearchSettings(index, MiniCorpus.configDir(), "127.0.0.1", 0, ui,
        Duration.ofMillis(200));
  }

  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
