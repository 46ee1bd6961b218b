package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run of the indexer issue: the real CLI over the shared seeds and documents. Skipped
 * when ../shared is absent.
 */
class SharedCorpusIndexingTest {
  static final Path SHARED = Path.of(System.getProperty("santekb.root", "."))
      .resolve("../shared/corpus").normalize();

  @TempDir Path tmp;

  @Test
  void indexesEveryReadableSharedDocumentAndReportsScansAsEmpty() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("documents")),
        "../shared/corpus is absent: shared-corpus acceptance run skipped");
    Path index = tmp.resolve("index");

    int code = CommandLines.create(new IndexCommand()).execute(
        "--source", SHARED.resolve("seeds").toString(),
        "--source", SHARED.resolve("documents").toString(),
        "--index", index.toString());

    assertThat(code).isEqualTo(ExitCodes.OK);
    RunReport report = ReportWriter.readJson(ReportWriter.reportPath(index));
    assertThat(report.searchable()).isGreaterThanOrEqualTo(60);
    assertThat(report.documentsInIndex()).isEqualTo((int) report.searchable());
    assertThat(report.files()).filteredOn(f -> f.path().contains("pma_noel/"))
        .hasSize(2).extracting(FileReport::outcome).containsOnly(Outcome.EMPTY);
    assertThat(report.files()).filteredOn(f -> f.outcome() == Outcome.FAILED)
        .as("nothing crashes on the shared corpus").isEmpty();
  }
}
