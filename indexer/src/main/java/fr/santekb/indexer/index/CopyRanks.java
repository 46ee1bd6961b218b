package fr.santekb.indexer.index;

import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;

/**
 * Ranks the copies of each content (documents sharing {@link Fields#COPY_KEY}): the longest text is
 * the main copy (rank 0), the others follow by length. Run on the writer before each commit, so
 * adding, changing or removing one copy re-ranks the rest in the same atomic commit.
 */
final class CopyRanks {
  private CopyRanks() {}

  /** One document of a copy group: where it is, its text length and its current rank. */
  private record Copy(int docBase, int doc, long chars, long rank) {}

  /** Updates the rank doc values that changed; returns how many documents were updated. */
  static int update(IndexWriter writer) throws IOException {
    Map<String, List<Copy>> byKey = new HashMap<>();
    int updated = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        collect(ctx, byKey);
      }
      StoredFields stored = reader.storedFields();
      for (List<Copy> copies : byKey.values()) {
        // Longest first; equal lengths keep index order, which is stable between runs.
        copies.sort(Comparator.comparingLong(Copy::chars).reversed()
            .thenComparingInt(c -> c.docBase() + c.doc()));
        for (int rank = 0; rank < copies.size(); rank++) {
          Copy c = copies.get(rank);
          if (c.rank() != rank) {
            String id = stored.document(c.docBase() + c.doc(), Set.of(Fields.ID))
                .get(Fields.ID);
            writer.updateNumericDocValue(new Term(Fields.ID, id), Fields.COPY_RANK, rank);
            updated++;
          }
        }
      }
    }
    return updated;
  }

  private static void collect(LeafReaderContext ctx, Map<String, List<Copy>> byKey)
      throws IOException {
    LeafReader leaf = ctx.reader();
    SortedDocValues keys = leaf.getSortedDocValues(Fields.COPY_KEY);
    NumericDocValues chars = leaf.getNumericDocValues(Fields.BODY_CHARS);
    NumericDocValues ranks = leaf.getNumericDocValues(Fields.COPY_RANK);
    if (keys == null || chars == null || ranks == null) {
      return; // documents of an older pipeline: re-indexed by this run or the next
    }
    Bits live = leaf.getLiveDocs();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if ((live != null && !live.get(doc)) || !keys.advanceExact(doc)) {
        continue;
      }
      String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
      long length = chars.advanceExact(doc) ? chars.longValue() : 0;
      long rank = ranks.advanceExact(doc) ? ranks.longValue() : 0;
      byKey.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Copy(ctx.docBase, doc, length, rank));
    }
  }
}
