package fr.santekb.api.search;

/** HTML escaping of text shown in snippets, and back to plain text. */
final class Html {
  private Html() {}

  static void escape(CharSequence text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), sb);
    return sb.toString();
  }

  /**
   * The text of a snippet made by {@link MarkPassageFormatter}: {@code <mark>} tags dropped, the
   * entities {@link #escape} writes decoded, runs of whitespace (line breaks too) made one space.
   */
  static String snippetText(String html) {
    return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
  }
}
