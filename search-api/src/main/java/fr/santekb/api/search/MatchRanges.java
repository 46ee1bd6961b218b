package fr.santekb.api.search;

import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Where a query matches one document's text, as the engine itself matched it (stems, elisions,
 * acronym expansions, fuzzy spellings, phrases): character ranges of the stored body, from the
 * offsets indexed with it. The document view highlights these instead of guessing in the browser.
 */
final class MatchRanges {
  /** Ranges returned at most: a word on every line of a 300-page report is enough marks. */
  static final int MAX_RANGES = 5_000;

  private MatchRanges() {}

  /** Ranges [start, end) of {@code doc}'s body matched by {@code query}, in text order. */
  static List<int[]> of(IndexSearcher searcher, Query query, int doc) throws IOException {
    List<int[]> out = new ArrayList<>();
    Weight weight = searcher.createWeight(searcher.rewrite(query),
        ScoreMode.COMPLETE_NO_SCORES, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    MatchesIterator it = matches == null ? null : matches.getMatches(Fields.BODY);
    if (it == null) {
      return out;
    }
    while (it.next() && out.size() < MAX_RANGES) {
      if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
        out.add(new int[] {it.startOffset(), it.endOffset()});
      }
    }
    out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    return merge(out);
  }

  /** Overlapping ranges joined, so that no character is marked twice. */
  static List<int[]> merge(List<int[]> sorted) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] < last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }
}
