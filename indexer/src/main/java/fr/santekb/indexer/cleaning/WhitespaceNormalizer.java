package fr.santekb.indexer.cleaning;

import java.util.List;

/**
 * Normalises spacing while keeping the text's structure: line ends become "\n", no-break and other
 * Unicode spaces become plain spaces, invisible characters (soft hyphen, zero-width space, BOM) and
 * U+FFFD replacement characters (a glyph the extractor could not map: no information, noise in
 * snippets) go,
 * runs of spaces shrink to one, lines lose leading and trailing spaces, and at most one blank line
 * separates paragraphs. One pass over the characters (this runs on every page of every document).
 */
final class WhitespaceNormalizer {

  List<String> normalise(List<String> pages) {
    return pages.stream().map(WhitespaceNormalizer::normalisePage).toList();
  }

  static String normalisePage(String page) {
    StringBuilder sb = new StringBuilder(page.length());
    int pendingNewlines = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '\r') {
        if (i + 1 < page.length() && page.charAt(i + 1) == '\n') {
          continue; // "\r\n" counts once, at its "\n"
        }
        c = '\n';
      }
      if (isLineEnd(c)) {
        pendingNewlines++;
        pendingSpace = false; // trailing spaces go
      } else if (isSpace(c)) {
        pendingSpace = true;
      } else if (!isInvisible(c)) {
        if (!sb.isEmpty()) {
          if (pendingNewlines > 0) {
            sb.append(pendingNewlines > 1 ? "\n\n" : "\n");
          } else if (pendingSpace) {
            sb.append(' ');
          }
        }
        pendingNewlines = 0;
        pendingSpace = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\u00A0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
        || c == '\uFFFD';
  }
}
