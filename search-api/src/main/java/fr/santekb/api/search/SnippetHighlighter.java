package fr.santekb.api.search;

import fr.santekb.api.results.Snippet;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Best passages of each hit's body, with matches marked. Offsets come from the postings (the body
 * is indexed with offsets), so the stemmed, folded and elided forms the query matched are the ones
 * marked ("hopital" marks "l’Hôpital"), and the whole text is considered, however long.
 */
final class SnippetHighlighter {
  static final int PASSAGES_PER_HIT = 3;
  /** Passage length aimed at, in characters. */
  static final int PASSAGE_GOAL = 180;
  /** Where the first match sits in a passage built around it: a third of the way in. */
  static final float FRAGMENT_ALIGNMENT = 0.33f;

  private final Analyzer analyzer;

  SnippetHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Snippets for each document, in the order of {@code docIds}.
   *
   * @param pageStarts per document, the offsets where its pages 2..n start
   */
  List<List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docIds,
      List<int[]> pageStarts) throws IOException {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withHandleMultiTermQuery(true)
        .withHighlightPhrasesStrictly(true)
        .withMaxNoHighlightPassages(1)
        .withScorer(new DistinctTermsScorer())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL, FRAGMENT_ALIGNMENT))
        .withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed()
            .thenComparingInt(Passage::getStartOffset))
        .withFormatter(new MarkPassageFormatter());
    Map<String, Object[]> result = new ObjectHighlighter(builder).highlight(query, docIds);
    Object[] perDoc = result.get(Fields.BODY);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<Snippet> snippets = new ArrayList<>();
      if (perDoc != null && perDoc[i] instanceof List<?> passages) {
        for (Object o : passages) {
          MarkPassageFormatter.FormattedPassage p = (MarkPassageFormatter.FormattedPassage) o;
          if (!p.html().isEmpty()) {
            snippets.add(new Snippet(p.html(), PageLocator.pageOf(pageStarts.get(i),
                p.anchorOffset())));
          }
        }
      }
      out.add(snippets);
    }
    return out;
  }

  /** Exposes the highlighter's per-document formatter objects (our passages, not strings). */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docIds,
          new int[] {PASSAGES_PER_HIT});
    }
  }
}
