package fr.santekb.corpus.scale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.cli.IndexCommand;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates a JSONL corpus, indexes it with the real {@code index --jsonl} command, searches it. */
class ScaleIndexingTest {
  static final int RECORDS = 300;
  @TempDir Path tmp;

  @Test
  void aGeneratedJsonlCorpusIsIndexedSearchableAndFaceted() throws Exception {
    Path jsonl = tmp.resolve("records.jsonl");
    Path index = tmp.resolve("index");
    ScaleDocuments documents = new ScaleDocuments(ScaleCatalog.load(ScaleCorpusWriterTest.CONFIG),
        SentencePool.fromDemo(), 42);
    new ScaleCorpusWriter(documents).writeJsonl(jsonl, RECORDS);

    int exit = CommandLines.create(new IndexCommand()).execute("--jsonl", jsonl.toString(),
        "--index", index.toString(), "--config", ScaleCorpusWriterTest.CONFIG.toString(),
        "--threads", "2", "--quiet");

    assertThat(exit).isEqualTo(ExitCodes.OK);
    Schema schema = new Schema(FrenchAnalysis.load(ConfigLoader.load(
        ScaleCorpusWriterTest.CONFIG).analysisDir()));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDocs()).isEqualTo(RECORDS);
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i : List.of(0, 137, RECORDS - 1)) {
        ScaleDocument expected = documents.document(i);
        // A phrase of the record's first page: the record is among the hits.
        String phrase = "commune " + ScaleDocuments.of(expected.commune()) + " pour l'année "
            + expected.year();
        ScoreDoc[] hits = searcher.search(new QueryBuilder(schema.indexAnalyzer())
            .createPhraseQuery(Fields.BODY, phrase), RECORDS).scoreDocs;
        List<String> paths = new ArrayList<>();
        for (ScoreDoc hit : hits) {
          paths.add(searcher.storedFields().document(hit.doc).get(Fields.PATH));
        }
        assertThat(paths).as(phrase).contains(expected.id());
      }
      int withCommune = 0;
      int withExpectedThemes = 0;
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document d = reader.storedFields().document(doc);
        List<String> themes = Arrays.asList(d.getValues(Fields.storedFacet(FacetName.THEME)));
        ScaleDocument expected = documents.document(Integer.parseInt(
            d.get(Fields.PATH).substring(d.get(Fields.PATH).lastIndexOf('-') + 1)));
        withCommune += d.getValues(Fields.storedFacet(FacetName.COMMUNE)).length > 0 ? 1 : 0;
        withExpectedThemes += themes.containsAll(expected.themes()) ? 1 : 0;
        assertThat(d.getValues(Fields.storedFacet(FacetName.FORMAT)))
            .containsExactly(expected.format().extension());
        assertThat(d.get(Fields.YEAR)).isEqualTo(Integer.toString(expected.year()));
      }
      assertThat(withCommune).as("documents with a commune").isGreaterThan(RECORDS * 9 / 10);
      assertThat(withExpectedThemes).as("documents with their themes")
          .isGreaterThan(RECORDS * 8 / 10);
    }
  }
}
