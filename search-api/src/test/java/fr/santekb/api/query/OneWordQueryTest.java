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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A one-word query is built as the word scored twice instead of the "any word" and "enough words"
 * pair, which match the same documents for one word: same documents, same scores to the bit, in
 * the same order.
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
  void oneWordScoresAsTheAnyAndEnoughPairWouldWithoutMatchingTwice() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryBuilder builder = new QueryBuilder(SCHEMA, QueryTextTest.REGIONS);
      for (String text : List.of("santé", "chaleur", "santé -mentale", "qualité")) {
        Query built = builder.build(text, reader);
        Query word = oneWord(built);
        Query pair = pairOf(word, built);
        ScoreDoc[] expected = searcher.search(pair, 10).scoreDocs;
        ScoreDoc[] actual = searcher.search(built, 10).scoreDocs;
        assertThat(expected).as(text).isNotEmpty();
        assertThat(actual).as(text).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i].doc).as(text).isEqualTo(expected[i].doc);
          assertThat(Float.floatToIntBits(actual[i].score)).as(text)
              .isEqualTo(Float.floatToIntBits(expected[i].score));
        }
      }
    }
  }

  /** The word's query inside the built one (its core, scored twice). */
  private static Query oneWord(Query built) {
    Query ranked = built;
    if (built instanceof BooleanQuery top && top.clauses().get(0).occur()
        == BooleanClause.Occur.SHOULD) {
      ranked = top.clauses().get(0).query(); // beside the whole-name clause
    }
    BooleanQuery core = (BooleanQuery) ranked;
    BoostQuery doubled = (BoostQuery) core.clauses().get(0).query();
    assertThat(doubled.getBoost()).isEqualTo(2f);
    return doubled.getQuery();
  }

  /** {@code built} with its one-word core replaced by the pair of clauses it stands for. */
  private static Query pairOf(Query word, Query built) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD);
    BooleanQuery.Builder enough = new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD)
        .setMinimumNumberShouldMatch(1);
    BooleanQuery core = findCore(built);
    core.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.MUST_NOT)
        .forEach(c -> any.add(c.query(), BooleanClause.Occur.MUST_NOT));
    Query pair = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
        .add(enough.build(), BooleanClause.Occur.SHOULD).build();
    if (built == core) {
      return pair;
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder().add(pair, BooleanClause.Occur.SHOULD);
    ((BooleanQuery) built).clauses().stream().skip(1).forEach(top::add);
    return top.build();
  }

  private static BooleanQuery findCore(Query built) {
    BooleanQuery top = (BooleanQuery) built;
    return top.clauses().get(0).occur() == BooleanClause.Occur.SHOULD
        ? (BooleanQuery) top.clauses().get(0).query() : top;
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
