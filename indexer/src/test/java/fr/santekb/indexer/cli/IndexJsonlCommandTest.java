package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RecordRunReport;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code index --jsonl} command on a small JSONL file written by the test. */
class IndexJsonlCommandTest {
  @TempDir Path tmp;
  Path jsonl;
  Path index;

  @BeforeEach
  void writeRecords() throws IOException {
    jsonl = tmp.resolve("records.jsonl");
    index = tmp.resolve("index");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"cls-martigues\", \"title\": \"Contrat local de santé de Martigues\", "
            + "\"text\": \"La ville de Martigues signe un contrat local de santé sur la santé "
            + "mentale.\\fFiche action : prévention du suicide.\", \"format\": \"pdf\", "
            + "\"year\": 2021}",
        "",
        "{\"id\": \"asv-arles\", \"text\": \"Atelier santé ville d'Arles\\nLes habitants "
            + "d'Arles bénéficient d'ateliers de nutrition.\", \"format\": \"html\", "
            + "\"meta\": {\"year\": 2019}}",
        "{\"id\": \"broken\", \"text\": 12}",
        "pas du JSON"), StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return CommandLines.create(new IndexCommand()).execute(args);
  }

  @Test
  void indexesEveryGoodRecordAndCountsTheBadOnes() throws IOException {
    assertThat(run("--jsonl", jsonl.toString(), "--index", index.toString(), "--quiet"))
        .isEqualTo(ExitCodes.OK);

    RecordRunReport report = new ObjectMapper().readValue(
        ReportWriter.reportPath(index).toFile(), RecordRunReport.class);
    assertThat(report.records()).isEqualTo(4);
    assertThat(report.counts()).containsEntry(Outcome.INDEXED, 2L)
        .containsEntry(Outcome.FAILED, 2L);
    assertThat(report.documentsInIndex()).isEqualTo(2);
    assertThat(report.attention()).extracting(f -> f.path())
        .containsExactlyInAnyOrder("line 4", "line 5");
    assertThat(report.textChars()).isGreaterThan(100);
    // Both records are plain French: « bonne », listed lowest score first.
    assertThat(report.qualityLevels()).containsExactly(java.util.Map.entry("bonne", 2L),
        java.util.Map.entry("moyenne", 0L), java.util.Map.entry("faible", 0L));
    assertThat(report.worstQuality()).extracting(f -> f.path())
        .containsExactlyInAnyOrder("cls-martigues", "asv-arles");
    assertThat(report.worstQuality()).extracting(f -> f.quality().score()).isSorted()
        .allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(0.85));
  }

  @Test
  void recordsAreSearchableWithTheirFacets() throws IOException {
    assertThat(run("--jsonl", jsonl.toString(), "--index", index.toString(), "--quiet"))
        .isEqualTo(ExitCodes.OK);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hits = searcher.search(word("suicide"), 10);
      assertThat(hits.totalHits.value()).isEqualTo(1);
      Document cls = searcher.storedFields().document(hits.scoreDocs[0].doc);
      assertThat(cls.get(Fields.PATH)).isEqualTo("cls-martigues");
      assertThat(cls.getValues(Fields.storedFacet(FacetName.COMMUNE))).contains("13056");
      assertThat(cls.getValues(Fields.storedFacet(FacetName.THEME))).contains("sante-mentale");
      assertThat(cls.getValues(Fields.storedFacet(FacetName.FORMAT))).containsExactly("pdf");
      assertThat(cls.get(Fields.YEAR)).isEqualTo("2021");
      assertThat(cls.getValues(Fields.PAGE_STARTS)).hasSize(2);

      Document arles = searcher.storedFields().document(searcher.search(
          word("nutrition"), 1).scoreDocs[0].doc);
      assertThat(arles.get(Fields.TITLE)).isEqualTo("Atelier santé ville d'Arles");
      assertThat(arles.get(Fields.YEAR)).isEqualTo("2019");
      assertThat(Arrays.asList(arles.getValues(Fields.storedFacet(FacetName.DISPOSITIF))))
          .contains("asv");
    }
  }

  /** The query the index analyzer makes of one word of the body. */
  private static Query word(String word) {
    Schema schema = new Schema(FrenchAnalysis.load(ConfigLoader.load(ConfigLoader.locate(null))
        .analysisDir()));
    return new QueryBuilder(schema.indexAnalyzer()).createBooleanQuery(Fields.BODY, word);
  }

  @Test
  void badFlagCombinationsAreUsageErrors() throws IOException {
    Files.createDirectories(tmp.resolve("folder"));
    assertThat(run("--jsonl", jsonl.toString(), "--source", tmp.resolve("folder").toString(),
        "--index", index.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("--jsonl", jsonl.toString(), "--full", "--index", index.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("--jsonl", tmp.resolve("missing.jsonl").toString(), "--index",
        index.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("--jsonl", jsonl.toString(), "--threads", "0", "--index", index.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(index)).isFalse();
  }

  @Test
  void aFileOfBadRecordsOnlyIndexesNothing() throws IOException {
    Files.writeString(jsonl, "{\"id\": \"x\"}\n", StandardCharsets.UTF_8);
    assertThat(run("--jsonl", jsonl.toString(), "--index", index.toString(), "--quiet"))
        .isEqualTo(ExitCodes.NOTHING_INDEXED);
  }
}
