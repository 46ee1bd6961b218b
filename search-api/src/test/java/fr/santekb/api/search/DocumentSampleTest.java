package fr.santekb.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The fixed sample broad searches estimate their counts in. */
class DocumentSampleTest {

  /** 10,000 documents in several segments; every seventh is « rare », every other « half ». */
  private static DirectoryReader index(ByteBuffersDirectory dir) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(1_500))) {
      for (int i = 0; i < 10_000; i++) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        d.add(new StringField("kind", i % 2 == 0 ? "half" : "other", Field.Store.NO));
        if (i % 7 == 0) {
          d.add(new StringField("kind", "rare", Field.Store.NO));
        }
        w.addDocument(d);
      }
      w.deleteDocuments(new Term("id", "3"));
    }
    return DirectoryReader.open(dir);
  }

  @Test
  void anIndexUnderTwiceTheMinimumIsNeverSampled() throws IOException {
    try (var dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
      assertEquals(Optional.empty(), DocumentSample.of(reader, 5_001));
      assertEquals(2, DocumentSample.of(reader, 5_000).orElseThrow().rate());
      assertEquals(8, DocumentSample.of(reader, 1_000).orElseThrow().rate(),
          "the largest power of two leaving the minimum: 10,000 / 1,000 = 10 -> 8");
    }
  }

  @Test
  void theSampleHoldsAboutOneDocumentInRateAndEstimatesCounts() throws IOException {
    try (var dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      DocumentSample sample = DocumentSample.of(reader, 1_000).orElseThrow();
      IndexSearcher searcher = new IndexSearcher(reader);
      int sampled = searcher.count(sample);
      assertTrue(sampled > 1_000 && sampled < 1_500, "about 10,000 / 8: " + sampled);
      assertEquals(reader.numDocs() / (double) sampled, sample.scale(), 0.01,
          "live documents per live sampled document");
      for (String kind : new String[] {"half", "rare"}) {
        Query q = new TermQuery(new Term("kind", kind));
        int exact = searcher.count(q);
        int inSample = searcher.count(new BooleanQuery.Builder()
            .add(q, BooleanClause.Occur.MUST).add(sample, BooleanClause.Occur.FILTER).build());
        double estimate = inSample * sample.scale();
        assertTrue(Math.abs(estimate - exact) < 0.12 * exact,
            kind + ": estimate " + estimate + " vs " + exact);
      }
    }
  }

  @Test
  void theSampleDependsOnlyOnDocumentNumbers() throws IOException {
    try (var dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int first = searcher.count(DocumentSample.of(reader, 1_000).orElseThrow());
      assertEquals(first, searcher.count(DocumentSample.of(reader, 1_000).orElseThrow()));
      int inFirstThousand = 0;
      for (int doc = 0; doc < 1_000; doc++) {
        inFirstThousand += DocumentSample.sampled(doc, 8) ? 1 : 0;
      }
      assertTrue(inFirstThousand > 90 && inFirstThousand < 160,
          "no run of document numbers is left out or over-sampled: " + inFirstThousand);
    }
  }
}
