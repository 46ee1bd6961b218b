package fr.santekb.indexer.index.watch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.IndexSession;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.index.TextOrigin;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.StoredDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch over real files, with the real pipeline and Tika, into a real index on disk: each change
 * made to the source folder while the watch runs must show up in the committed index (what a
 * reader opening the index sees) within a bounded wait.
 */
class IndexWatchTest {
  /** Far above the settle time and a pass over a few files, even on a loaded machine. */
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final IndexWatch.Settings FAST = new IndexWatch.Settings(
      Duration.ofMillis(150), Duration.ofSeconds(5), Duration.ofMinutes(30));
  private static SantekbConfig config;

  @TempDir Path tmp;
  private Path corpus;
  private Path index;
  private IndexingComponents components;
  private IndexSession session;
  private IndexWatch watch;
  private Thread watching;
  private final List<RunReport> passes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @BeforeAll
  static void loadConfig() {
    config = ConfigLoader.load(ConfigLoader.locate(null));
  }

  @BeforeEach
  void startWatching() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    write("plan.txt", "Contrat local de santé de Gap, signé en 2018 avec la préfecture.");
    write("fiches/fiche.txt", "Fiche action : dépistage du diabète à Embrun, 2021.");
    components = new IndexingComponents(config);
    watchInto(index);
    awaitIndex("the first pass indexes both files",
        docs -> docs.keySet().equals(Set.of("plan.txt", "fiches/fiche.txt")));
  }

  /** Starts a watch of the corpus into {@code indexDir}, which writes its reports as the CLI does. */
  private void watchInto(Path indexDir) throws IOException {
    index = indexDir;
    session = components.runner(2).open(index);
    watch = new IndexWatch(session, List.of(corpus), FAST, (report, why) -> {
      passes.add(report);
      ReportWriter.writeJson(report, indexDir);
    });
    watching = new Thread(() -> {
      try {
        watch.run(false, total -> new ProgressBar(System.err, false, total));
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "watch-under-test");
    watching.start();
  }

  @AfterEach
  void stopWatching() throws Exception {
    watch.stop();
    watching.join(WAIT.toMillis());
    session.close();
    components.close();
    assertThat(failure.get()).as("the watch ended without an error").isNull();
  }

  @Test
  void addedChangedRenamedAndDeletedFilesShowUpInTheIndex() throws Exception {
    write("nouveau.txt", "Campagne de vaccination contre la grippe à Briançon, automne 2024.");
    awaitIndex("an added file is indexed", docs -> docs.containsKey("nouveau.txt"));

    write("plan.txt", "Contrat local de santé de Gap, avenant de 2023 sur la santé mentale.");
    awaitIndex("a changed file is indexed again",
        docs -> docs.get("plan.txt").contains("avenant"));

    Files.move(corpus.resolve("plan.txt"), corpus.resolve("plan-gap.txt"));
    awaitIndex("a renamed file is under its new name only",
        docs -> docs.containsKey("plan-gap.txt") && !docs.containsKey("plan.txt"));
    // The pass is reported just after its commit, which the reader may see first.
    awaitPass("the rename's pass is reported",
        r -> r.files().stream().anyMatch(f -> f.path().equals("plan-gap.txt")));
    assertThat(report("plan-gap.txt").textFrom())
        .as("the renamed file's text comes from the extraction cache").isEqualTo(TextOrigin.CACHE);

    Files.delete(corpus.resolve("nouveau.txt"));
    awaitIndex("a deleted file leaves the index", docs -> !docs.containsKey("nouveau.txt"));
    assertThat(failure.get()).isNull();
  }

  @Test
  void aNewFolderIsIndexedAndWatchedAndARemovedOneLeavesTheIndex() throws Exception {
    write("quartiers/nord/diagnostic.txt", "Diagnostic local de santé des quartiers nord de Gap.");
    awaitIndex("a file in a new folder is indexed",
        docs -> docs.containsKey("quartiers/nord/diagnostic.txt"));
    write("quartiers/nord/suivi.txt", "Suivi du diagnostic : permanence d’accès aux soins.");
    awaitIndex("a file added later to the new folder is indexed: the folder is watched",
        docs -> docs.containsKey("quartiers/nord/suivi.txt"));

    Files.move(corpus.resolve("fiches"), corpus.resolve("actions"));
    awaitIndex("a renamed folder's files are under its new name",
        docs -> docs.containsKey("actions/fiche.txt") && !docs.containsKey("fiches/fiche.txt"));
    write("actions/fiche.txt", "Fiche action : dépistage du diabète à Embrun, bilan 2022.");
    awaitIndex("a file of the renamed folder is still watched",
        docs -> docs.get("actions/fiche.txt").contains("bilan"));

    deleteTree(corpus.resolve("quartiers"));
    awaitIndex("a deleted folder's files leave the index",
        docs -> docs.keySet().equals(Set.of("plan.txt", "actions/fiche.txt")));
  }

  @Test
  void aBrokenFileIsReportedAndTheOthersStillIndexed() throws Exception {
    Files.write(corpus.resolve("abime.pdf"),
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nzzzz".getBytes(StandardCharsets.US_ASCII));
    write("compte-rendu.txt", "Compte rendu du comité de pilotage du contrat local de santé.");
    awaitIndex("the good file is indexed", docs -> docs.containsKey("compte-rendu.txt"));
    awaitPass("the broken file is reported", r -> r.files().stream()
        .anyMatch(f -> f.path().equals("abime.pdf") && !f.outcome().isSearchable()));
    assertThat(failure.get()).as("the broken file did not stop the watch").isNull();

    write("apres.txt", "Après le fichier abîmé, la surveillance continue à Gap.");
    awaitIndex("files added afterwards are indexed", docs -> docs.containsKey("apres.txt"));
  }

  @Test
  void aChangedSidecarReindexesItsDocument() throws Exception {
    write("plan.txt.meta.json", "{\"title\": \"Contrat local de santé de Gap 2018-2022\"}");
    awaitIndex("the sidecar's title is indexed",
        docs -> docs.get("plan.txt").contains("Contrat local de santé de Gap 2018-2022"));
  }

  @Test
  void anIndexInsideTheSourceFolderDoesNotFeedTheWatch() throws Exception {
    watch.stop();
    watching.join(WAIT.toMillis());
    session.close();
    watchInto(corpus.resolve("index-interne"));
    awaitIndex("the first pass", docs -> docs.containsKey("plan.txt"));
    write("ajout.txt", "Ajout d’un compte rendu sur l’offre de soins à Gap.");
    awaitIndex("the added file is indexed", docs -> docs.containsKey("ajout.txt"));
    awaitPass("its pass is reported",
        r -> r.files().stream().anyMatch(f -> f.path().equals("ajout.txt")));
    int batches = passes.size();
    Thread.sleep(3 * FAST.settle().toMillis() + 2000);
    assertThat(passes.size()).as("the index's own writes and report raise no batch")
        .isEqualTo(batches);
    assertThat(documents().keySet()).noneMatch(p -> p.startsWith("index-interne/"));
  }

  @Test
  void stoppingReleasesTheLockAndKeepsTheLastCommit() throws Exception {
    write("dernier.txt", "Dernier document indexé avant l’arrêt de la surveillance.");
    awaitIndex("the file is indexed", docs -> docs.containsKey("dernier.txt"));
    watch.stop();
    watching.join(WAIT.toMillis());
    assertThat(watching.isAlive()).as("the watch returned after stop").isFalse();
    session.close();
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      other.rollback();
    }
    assertThat(documents()).containsKey("dernier.txt");
  }

  private FileReport report(String path) {
    synchronized (passes) {
      for (int i = passes.size() - 1; i >= 0; i--) {
        for (FileReport f : passes.get(i).files()) {
          if (f.path().equals(path)) {
            return f;
          }
        }
      }
    }
    throw new AssertionError("no pass reported " + path);
  }

  private void write(String relative, String text) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Title and body of every committed document, by path. */
  private Map<String, String> documents() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Directory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return out;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredDocuments.forEachLive(reader, Set.of(Fields.PATH, Fields.TITLE, Fields.BODY),
            d -> out.put(d.get(Fields.PATH), d.get(Fields.TITLE) + "\n" + d.get(Fields.BODY)));
      }
    }
    return out;
  }

  private void awaitIndex(String what, Predicate<Map<String, String>> done) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Map<String, String> docs = documents();
    while (!done.test(docs)) {
      assertThat(failure.get()).as("the watch failed").isNull();
      assertThat(System.nanoTime()).as(what + " within " + WAIT + "; the index holds "
          + docs.keySet()).isLessThan(deadline);
      Thread.sleep(50);
      docs = documents();
    }
  }

  private void awaitPass(String what, Predicate<RunReport> done) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      synchronized (passes) {
        if (passes.stream().anyMatch(done)) {
          return;
        }
      }
      assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
