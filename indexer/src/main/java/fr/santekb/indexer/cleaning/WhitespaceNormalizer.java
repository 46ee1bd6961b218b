package fr.santekb.indexer.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises spacing while keeping the text's structure: line ends become "\n", no-break and other
 * Unicode spaces become plain spaces, invisible characters (soft hyphen, zero-width space, BOM) go,
 * runs of spaces shrink to one, lines lose leading and trailing spaces, and at most one blank line
 * separates paragraphs.
 */
final class WhitespaceNormalizer {
  private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?|[\\f\\u2028\\u2029\\u0085]");
  private static final Pattern SPACES =
      Pattern.compile("[\\t\\u000B\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern EDGE_SPACES = Pattern.compile("(?m)^ | $");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  List<String> normalise(List<String> pages) {
    return pages.stream().map(WhitespaceNormalizer::normalisePage).toList();
  }

  static String normalisePage(String page) {
    String s = LINE_ENDS.matcher(page).replaceAll("\n");
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = EDGE_SPACES.matcher(s).replaceAll("");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }
}
