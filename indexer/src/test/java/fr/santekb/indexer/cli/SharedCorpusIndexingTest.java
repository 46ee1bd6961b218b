package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
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
      assertTextQuality(report, reader);
    }
  }

  /** The text quality issue: stored per document, its level a facet, the worst in the report. */
  private static void assertTextQuality(RunReport report, DirectoryReader reader)
      throws IOException {
    Map<String, JsonNode> quality = new HashMap<>();
    Map<String, String> level = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      Document d = stored.document(doc);
      quality.put(d.get(Fields.PATH), new ObjectMapper().readTree(d.get(Fields.QUALITY)));
      level.put(d.get(Fields.PATH), d.get(Fields.storedFacet(FacetName.QUALITY)));
    }
    assertThat(level.values()).as("every document has a level").doesNotContainNull()
        .containsOnly("bonne", "moyenne", "faible");
    JsonNode seed002 = quality.entrySet().stream().filter(e -> e.getKey().startsWith("002_"))
        .findFirst().orElseThrow().getValue();
    assertThat(seed002.path("repairs").path("encoding").asInt())
        .as("seed 002 is mojibake, repaired").isGreaterThan(20);
    assertThat(seed002.path("knownWordShare").asDouble()).isGreaterThan(0.95);
    // A partly scanned PDF: six of its 23 pages are images without text (OCR off).
    JsonNode scan = quality.get("jcrb__Sagec/docs/piratox/annexe_700.pdf");
    assertThat(scan.path("pages").asInt()).isEqualTo(23);
    assertThat(scan.path("emptyPages").asInt()).isBetween(4, 8);
    assertThat(level.get("jcrb__Sagec/docs/piratox/annexe_700.pdf")).isNotEqualTo("bonne");
    assertThat(level.get("jcrb__Sagec/docs/plan_blanc/circ_020503.pdf")).isEqualTo("bonne");
    assertThat(level.get("betagouv__sante-psy/static/documents/flyer_student_ar.pdf"))
        .as("Arabic is not French text").isEqualTo("faible");
    List<FileReport> worst = report.worstQuality();
    assertThat(worst).hasSize(RunReport.WORST_SHOWN);
    assertThat(worst).extracting(f -> f.quality().score()).isSorted();
    assertThat(worst).extracting(FileReport::path)
        .contains("betagouv__sante-psy/static/documents/flyer_student_ar.pdf",
            "jcrb__Sagec/docs/piratox/annexe_700.pdf");
    assertThat(worst.get(worst.size() - 1).quality().score())
        .isLessThanOrEqualTo(report.files().stream().filter(f -> f.quality() != null)
            .filter(f -> !worst.contains(f)).mapToDouble(f -> f.quality().score()).min()
            .orElseThrow());
  }
}
