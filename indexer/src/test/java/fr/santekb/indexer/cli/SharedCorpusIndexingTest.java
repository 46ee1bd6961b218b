package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
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
    // The metadata issue: « autre » (no type found) for at most 10 % of the documents.
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      int other = 0;
      int typed = 0;
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        List<String> types =
            List.of(stored.document(doc).getValues(Fields.storedFacet(FacetName.TYPE)));
        typed += types.isEmpty() ? 0 : 1;
        other += types.contains("autre") ? 1 : 0;
      }
      assertThat(typed).as("every document has a type").isEqualTo(reader.numDocs());
      assertThat(other).as("documents typed « autre » of " + reader.numDocs())
          .isLessThanOrEqualTo(reader.numDocs() / 10);
    }
  }
}
