package fr.santekb.indexer.schema;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** Visits the stored fields of every live (not deleted) document of an index. */
public final class StoredDocuments {
  private StoredDocuments() {}

  /** What to do with one document's stored fields. */
  @FunctionalInterface
  public interface Visitor {
    void visit(Document document) throws IOException;
  }

  /** Calls {@code visitor} once per live document, loading only {@code fields}. */
  public static void forEachLive(IndexReader reader, Set<String> fields, Visitor visitor)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live == null || live.get(i)) {
          visitor.visit(stored.document(i, fields));
        }
      }
    }
  }
}
