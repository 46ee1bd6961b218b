package fr.santekb.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A one-word query is matched as the word scored twice instead of the "any word" and "enough
 * words" pair ({@link QueryBuilder#forMatching}), which match the same documents for one word:
 * same documents, same scores to the bit, in the same order; longer queries are left as built.
 */
class OneWordQueryTest {
  private static final Schema SCHEMA = new Schema(QueryTextTest.ANALYSIS);
  private static final List<String[]> DOCS = List.of(
      new String[] {"Contrat local de santé", "La santé mentale et la santé des jeunes."},
      new String[] {"Diagnostic territorial", "Offre de soins, santé, accès aux droits."},
      new String[] {"Santé", "Un mot."},
      new String[] {"Plan canicule", "Vague de chaleur et personnes âgées isolées."},
      new String[] {"Fiche action santé environnement", "Qualité de l'air intérieur, santé."});

  @Test
  void oneWordScoresAsTheAnyAndEnoughPairWithoutMatchingTwice() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryBuilder builder = new QueryBuilder(SCHEMA, QueryTextTest.REGIONS);
      for (String text : List.of("santé", "chaleur", "santé -mentale", "qualité",
          "\"santé mentale\"", "(santé mentale)")) {
        Query built = builder.build(text, reader);
        Query matching = QueryBuilder.forMatching(built);
        assertThat(matching).as(text).isNotEqualTo(built);
        assertThat(matching.toString()).as(text).contains(")^2.0");
        assertSameHits(searcher, text, built, matching);
      }
    }
  }

  @Test
  void queriesOfSeveralWordsAreMatchedAsBuilt() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      QueryBuilder builder = new QueryBuilder(SCHEMA, QueryTextTest.REGIONS);
      for (String text : List.of("santé mentale", "santé OR chaleur", "canicule chaleur âgées")) {
        Query built = builder.build(text, reader);
        assertThat(QueryBuilder.forMatching(built)).as(text).isEqualTo(built);
      }
    }
  }

  private static void assertSameHits(IndexSearcher searcher, String text, Query expectedQuery,
      Query actualQuery) throws IOException {
    ScoreDoc[] expected = searcher.search(expectedQuery, 10).scoreDocs;
    ScoreDoc[] actual = searcher.search(actualQuery, 10).scoreDocs;
    assertThat(expected).as(text).isNotEmpty();
    assertThat(actual).as(text).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i].doc).as(text).isEqualTo(expected[i].doc);
      assertThat(Float.floatToIntBits(actual[i].score)).as(text)
          .isEqualTo(Float.floatToIntBits(expected[i].score));
    }
  }

  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SCHEMA.indexAnalyzer()))) {
      for (String[] d : DOCS) {
        Document doc = new Document();
        doc.add(new TextField(Fields.TITLE, d[0], Field.Store.NO));
        doc.add(new TextField(Fields.TITLE_EXACT, d[0], Field.Store.NO));
        doc.add(new TextField(Fields.BODY, d[1], Field.Store.NO));
        doc.add(new TextField(Fields.BODY_EXACT, d[1], Field.Store.NO));
        doc.add(new TextField(Fields.ENTITIES, d[0], Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return dir;
  }
}
