package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.StoredDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code santekb index --watch} as a real process: it holds the index (a second indexer is refused
 * with exit 75), commits each change, writes each batch's report, and on SIGTERM stops with the
 * write lock released.
 */
class IndexWatchProcessTest {
  /** A JVM start, Tika's and the vocabularies' loading on a loaded 2-core machine included. */
  private static final Duration WAIT = Duration.ofSeconds(180);

  @TempDir Path tmp;

  @Test
  void aWatchCommitsChangesRefusesASecondIndexerAndReleasesTheLockOnSigterm() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("plan.txt"), "Contrat local de santé de Gap, signé en 2018.",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Path log = tmp.resolve("watch.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8"));
    String root = System.getProperty("santekb.root");
    if (root != null) {
      command.add("-Dsantekb.root=" + root);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        IndexMain.class.getName(), "--source", corpus.toString(), "--index", index.toString(),
        "--watch", "--settle", "100", "--quiet"));
    Process watch = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      awaitLog(log, "watching 1 folder");
      Files.writeString(corpus.resolve("fiche.txt"), "Fiche action santé mentale, Arles, 2023.",
          StandardCharsets.UTF_8);
      awaitDocuments(index, Set.of("plan.txt", "fiche.txt"));
      awaitLog(log, "changes: 1 file (indexed 1)");
      RunReport batch = ReportWriter.readJson(ReportWriter.reportPath(index));
      assertThat(batch.files()).as("the report holds the last batch")
          .extracting(f -> f.path()).containsExactly("fiche.txt");

      StringWriter err = new StringWriter();
      CommandLine second = CommandLines.create(new IndexCommand());
      second.setErr(new PrintWriter(err, true));
      assertThat(second.execute("--source", corpus.toString(), "--index", index.toString(),
          "--quiet")).as("a second indexer is refused while the watch runs")
          .isEqualTo(ExitCodes.INDEX_BUSY);

      watch.destroy(); // SIGTERM
      assertThat(watch.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("stopped").isTrue();
    } finally {
      watch.destroyForcibly();
    }
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("watch stopped; the index is at its last commit");
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      other.rollback(); // the lock was free
    }
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", corpus.toString(),
        "--index", index.toString(), "--quiet")).as("indexing works after the watch")
        .isEqualTo(ExitCodes.OK);
  }

  private static void awaitLog(Path log, String text) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String seen = "";
    while (!seen.contains(text)) {
      assertThat(System.nanoTime()).as("«" + text + "» in the log within " + WAIT + ":\n" + seen)
          .isLessThan(deadline);
      Thread.sleep(100);
      seen = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
  }

  private static void awaitDocuments(Path index, Set<String> paths) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Set<String> seen = Set.of();
    while (!seen.equals(paths)) {
      assertThat(System.nanoTime()).as(paths + " in the index within " + WAIT + "; it holds "
          + seen).isLessThan(deadline);
      Thread.sleep(100);
      seen = documents(index);
    }
  }

  private static Set<String> documents(Path index) throws IOException {
    Set<String> out = new HashSet<>();
    try (Directory dir = FSDirectory.open(index)) {
      if (DirectoryReader.indexExists(dir)) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          StoredDocuments.forEachLive(reader, Set.of(Fields.PATH), d -> out.add(d.get(Fields.PATH)));
        }
      }
    }
    return out;
  }
}
