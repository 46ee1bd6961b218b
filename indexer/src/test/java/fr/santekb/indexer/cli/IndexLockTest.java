package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.index.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A second indexer on an index being written refuses with a message and exit code 75. */
class IndexLockTest {
  @TempDir Path tmp;

  @Test
  void aSecondIndexerOnALockedIndexRefusesAndLeavesTheIndexIntact() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("plan.txt"), "Contrat local de santé de Gap, signé en 2018.",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    String[] args = {"--source", corpus.toString(), "--index", index.toString(), "--quiet"};
    assertThat(CommandLines.create(new IndexCommand()).execute(args)).isEqualTo(ExitCodes.OK);
    Path report = ReportWriter.reportPath(index);
    String reportBefore = Files.readString(report, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("fiche.txt"), "Fiche action santé mentale, Arles, 2023.",
        StandardCharsets.UTF_8);

    StringWriter err = new StringWriter();
    int code;
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      CommandLine second = CommandLines.create(new IndexCommand());
      second.setErr(new PrintWriter(err, true));
      code = second.execute(args);
      other.rollback();
    }

    assertThat(code).isEqualTo(ExitCodes.INDEX_BUSY);
    assertThat(err.toString().strip()).isEqualTo("santekb index: l’index " + index
        + " est déjà en cours d’écriture par un autre processus ; réessayez quand il aura fini."
        + " / The index " + index + " is being written by another process; try again when it"
        + " is done.");
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .as("the refused run leaves the report of the last run").isEqualTo(reportBefore);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDocs()).isEqualTo(1);
    }
    assertThat(CommandLines.create(new IndexCommand()).execute(args))
        .as("once the lock is free, indexing works").isEqualTo(ExitCodes.OK);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDocs()).isEqualTo(2);
    }
  }
}
