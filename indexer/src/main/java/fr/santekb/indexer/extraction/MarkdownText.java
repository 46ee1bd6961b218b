package fr.santekb.indexer.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes Markdown markup that Tika leaves in the text of {@code .md} files (it reads them as plain
 * text): heading marks, emphasis, inline code ticks and link targets, so snippets read as prose.
 * List bullets and table bars are kept: they still structure the text.
 */
final class MarkdownText {
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+");
  private static final Pattern TRAILING_HASHES = Pattern.compile("(?m)[ \\t]+#+[ \\t]*$");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)]\\([^)\\s]*\\)");

  private MarkdownText() {}

  static List<String> strip(List<String> pages) {
    return pages.stream().map(MarkdownText::strip).toList();
  }

  static String strip(String text) {
    String out = HEADING.matcher(text).replaceAll("");
    out = TRAILING_HASHES.matcher(out).replaceAll("");
    out = EMPHASIS.matcher(out).replaceAll("$2");
    out = CODE.matcher(out).replaceAll("$1");
    return LINK.matcher(out).replaceAll("$1");
  }
}
