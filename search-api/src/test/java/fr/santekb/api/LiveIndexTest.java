package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.index.IndexSession;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.watch.IndexWatch;
import fr.santekb.indexer.schema.DocumentIds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server over an index that changes under it: a re-index by another writer, or a watching
 * indexer's commit, shows up without a restart, and the file endpoint refuses files that left their source folder.
 */
class LiveIndexTest {
  @TempDir Path tmp;

  private void index(Path corpus, Path index) throws IOException {
    try (IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()))) {
      c.runner(1).run(List.of(corpus), index, false, total -> new ProgressBar(new PrintStream(
          OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false, total));
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aReindexCommittedMeanwhileShowsUpWithoutRestart() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    write(corpus.resolve("a.txt"), "Premier compte rendu sur la vaccination des enfants.");
    index(corpus, index);
    try (SearchServer server = SearchServer.start(TestServer.settings(index, Optional.empty()))) {
      Http http = new Http(server.port());
      assertThat(http.json("/api/search", "q", "tuberculose").get("total").asLong()).isZero();
      write(corpus.resolve("b.txt"), "Second compte rendu : dépistage de la tuberculose.");
      index(corpus, index);
      long deadline = System.nanoTime() + 15_000_000_000L;
      long total = 0;
      while (System.nanoTime() < deadline && total == 0) {
        Thread.sleep(100);
        total = http.json("/api/search", "q", "tuberculose").get("total").asLong();
      }
      assertThat(total).isEqualTo(1);
      assertThat(http.json("/api/health").get("documents").asInt()).isEqualTo(2);
      assertThat(http.json("/api/suggest", "q", "compte ren").get("suggestions").get(0)
          .get("text").asText()).isEqualTo("compte rendu");
    }
  }

  @Test
  void theCommitsOfAWatchingIndexerShowUpWithoutRestart() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    write(corpus.resolve("a.txt"), "Premier compte rendu sur la vaccination des enfants.");
    index(corpus, index);
    CountDownLatch firstPass = new CountDownLatch(1);
    try (SearchServer server = SearchServer.start(TestServer.settings(index, Optional.empty()));
        IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()));
        IndexSession session = c.runner(1).open(index)) {
      IndexWatch watch = new IndexWatch(session, List.of(corpus), new IndexWatch.Settings(
          Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(30)),
          (report, why) -> firstPass.countDown());
      Thread watching = new Thread(() -> {
        try {
          watch.run(false, total -> new ProgressBar(new PrintStream(
              OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false, total));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      watching.start();
      try {
        assertThat(firstPass.await(60, TimeUnit.SECONDS)).isTrue();
        Http http = new Http(server.port());
        assertThat(http.json("/api/search", "q", "tuberculose").get("total").asLong()).isZero();
        write(corpus.resolve("b.txt"), "Second compte rendu : dépistage de la tuberculose.");
        long deadline = System.nanoTime() + 60_000_000_000L;
        long total = 0;
        while (System.nanoTime() < deadline && total == 0) {
          Thread.sleep(100);
          total = http.json("/api/search", "q", "tuberculose").get("total").asLong();
        }
        assertThat(total).as("the watched file is searchable without a restart").isEqualTo(1);
      } finally {
        watch.stop();
        watching.join(60_000);
      }
    }
  }

  @Test
  void theFileEndpointRefusesLinksLeavingTheSourceFolderAndVanishedFiles() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Path secret = tmp.resolve("ailleurs/secret.txt");
    write(secret, "Mot de passe confidentiel de l’observatoire.");
    write(corpus.resolve("a.txt"), "Un document ordinaire sur la nutrition.");
    write(corpus.resolve("b.txt"), "Un document qui va disparaître.");
    Files.createSymbolicLink(corpus.resolve("lien.txt"), secret);
    index(corpus, index);
    Files.delete(corpus.resolve("b.txt"));
    try (SearchServer server = SearchServer.start(TestServer.settings(index, Optional.empty()))) {
      Http http = new Http(server.port());
      assertThat(http.get("/api/documents/" + DocumentIds.of(corpus.resolve("a.txt")) + "/file")
          .status()).isEqualTo(200);
      Http.Answer gone = http.get("/api/documents/" + DocumentIds.of(corpus.resolve("b.txt"))
          + "/file");
      assertThat(gone.status()).isEqualTo(404);
      Http.Answer link = http.get("/api/documents/" + DocumentIds.of(corpus.resolve("lien.txt"))
          + "/file");
      assertThat(link.status()).isEqualTo(404);
      assertThat(link.body()).doesNotContain("confidentiel");
    }
  }
}
