package fr.santekb.api.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Formats passages as HTML: every character escaped, matched words wrapped in {@code <mark>}, long
 * passages cut around the match whose neighbourhood holds the most distinct query words. Returns a {@code List<}{@link FormattedPassage}{@code >}.
 */
final class MarkPassageFormatter extends PassageFormatter {
  /** Longest passage shown, in characters of text. */
  static final int MAX_PASSAGE_CHARS = 320;
  /** Context kept before the first match when a passage is cut. */
  static final int CONTEXT_BEFORE = 80;

  /**
   * One formatted passage.
   *
   * @param startOffset where the shown text starts in the document's text
   * @param anchorOffset where its first match starts (else its first visible character): the
   *     offset that tells the passage's page
   * @param html the passage as HTML
   */
  record FormattedPassage(int startOffset, int anchorOffset, String html) {}

  @Override
  public Object format(Passage[] passages, String content) {
    List<FormattedPassage> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      int start = p.getStartOffset();
      int end = p.getEndOffset();
      if (end - start > MAX_PASSAGE_CHARS) {
        int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[richestMatch(p)] : start;
        start = wordStart(content, Math.max(start, anchor - CONTEXT_BEFORE), anchor);
        end = wordEnd(content, Math.min(end, start + MAX_PASSAGE_CHARS), p.getEndOffset());
      }
      StringBuilder sb = new StringBuilder();
      if (start > p.getStartOffset()) {
        sb.append('…');
      }
      int pos = start;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int ms = Math.max(p.getMatchStarts()[i], pos);
        int me = Math.min(p.getMatchEnds()[i], end);
        if (me <= ms) {
          continue; // before the cut, or inside a match already marked (overlap)
        }
        Html.escape(content, pos, ms, sb);
        // Extend over following overlapping or adjacent-overlapping matches.
        while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] < me) {
          i++;
          me = Math.min(Math.max(me, p.getMatchEnds()[i]), end);
        }
        sb.append("<mark>");
        Html.escape(content, ms, me, sb);
        sb.append("</mark>");
        pos = me;
      }
      Html.escape(content, pos, end, sb);
      if (end < p.getEndOffset()) {
        sb.append('…');
      }
      int anchor = start;
      while (anchor < end && Character.isWhitespace(content.charAt(anchor))) {
        anchor++;
      }
      for (int i = 0; i < p.getNumMatches(); i++) {
        if (p.getMatchStarts()[i] >= start && p.getMatchStarts()[i] < end) {
          anchor = p.getMatchStarts()[i];
          break;
        }
      }
      out.add(new FormattedPassage(start, anchor, sb.toString().strip()));
    }
    return out;
  }

  /**
   * The match to build a cut passage around: the one after which the shown length holds the most
   * distinct matched terms (the earliest on a tie).
   */
  static int richestMatch(Passage p) {
    int best = 0;
    int bestDistinct = -1;
    for (int i = 0; i < p.getNumMatches(); i++) {
      int windowEnd = p.getMatchStarts()[i] - CONTEXT_BEFORE + MAX_PASSAGE_CHARS;
      Set<BytesRef> distinct = new HashSet<>();
      for (int j = 0; j < p.getNumMatches(); j++) {
        int ms = p.getMatchStarts()[j];
        if (ms >= p.getMatchStarts()[i] - CONTEXT_BEFORE && ms < windowEnd
            && p.getMatchTerms()[j] != null) {
          distinct.add(p.getMatchTerms()[j]);
        }
      }
      if (distinct.size() > bestDistinct) {
        best = i;
        bestDistinct = distinct.size();
      }
    }
    return best;
  }

  /** Moves {@code from} forward to the start of a word, not past {@code limit}. */
  private static int wordStart(String s, int from, int limit) {
    if (from == 0 || Character.isWhitespace(s.charAt(from - 1))) {
      return from;
    }
    int i = from;
    while (i < limit && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < limit ? i + 1 : from;
  }

  /** Moves {@code to} back to the end of a word, not before the middle of the passage. */
  private static int wordEnd(String s, int to, int max) {
    if (to >= max || Character.isWhitespace(s.charAt(to))) {
      return to;
    }
    int i = to;
    while (i > to - 40 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i > to - 40 ? i - 1 : to;
  }
}
