package fr.santekb.api.search;

import java.util.Arrays;

/** Tells on which page a character offset of a document's text falls, from its page starts. */
final class PageLocator {
  private PageLocator() {}

  /**
   * The 1-based page holding {@code offset}, or null when the document has no pages.
   *
   * @param pageStarts offsets where pages 1..n start, ascending from 0 (empty: no page
   *     information)
   */
  static Integer pageOf(int[] pageStarts, int offset) {
    if (pageStarts.length == 0) {
      return null;
    }
    int i = Arrays.binarySearch(pageStarts, offset);
    // Found: the page starting exactly here; else the insertion point = pages started before.
    return Math.max(1, i >= 0 ? i + 1 : -i - 1);
  }
}
