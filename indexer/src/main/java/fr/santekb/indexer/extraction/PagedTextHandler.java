package fr.santekb.indexer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output page by page, keeping paragraph boundaries.
 *
 * <p>Block elements (p, h1-h6, li, div, tr…) end a paragraph: the next text starts after a blank
 * line, so a heading is never glued to the paragraph after it, as it is with Tika's
 * BodyContentHandler. {@code br} gives a line break and table cells a tab. A {@code div} whose class
 * is {@code page} (PDF), {@code slide} (PPT) or {@code slide-content} (PPTX, and ODP through
 * {@link OdpSlidesContentParser}) starts a new page unless it sits inside another one; text before
 * the first page (document-level content) is kept at the start of page one, text after a slide
 * closes (slide notes, attachments) goes to that slide; the heading Tika gives an embedded part
 * ({@code div.package-entry > h1}, "image11.png") is a file name and is dropped. Text after a PDF
 * page closes is dropped: it is
 * the outline (bookmark titles, a copy of the headings), and kept it would land on the last page and
 * send deep links there.
 */
final class PagedTextHandler extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "div", "tr", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
      "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "address",
      "hr", "body");
  private static final Set<String> PAGE_CLASSES = Set.of("page", "slide", "slide-content");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");

  /** Pending separators, weakest first: a stronger one replaces a weaker one. */
  private enum Separator { NONE, TAB, LINE, PARAGRAPH }

  private final List<StringBuilder> pages = new ArrayList<>();
  private StringBuilder current = new StringBuilder();
  private Separator pending = Separator.NONE;
  private boolean paged;
  private boolean pdfPage;
  private int depth;
  private int pageDepth = -1;
  private boolean afterPdfPage;
  private int skipDepth = -1;
  /** Depth of an open {@code div.package-entry}: its {@code h1} is a file name, not text. */
  private int packageEntryDepth = -1;
  private int headingDepth = -1;
  private final StringBuilder heading = new StringBuilder();
  private String firstHeading;

  PagedTextHandler() {
    pages.add(current);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    depth++;
    String name = name(localName, qName);
    if (skipDepth < 0 && SKIPPED.contains(name)) {
      skipDepth = depth;
    }
    if (name.equals("div") && "package-entry".equals(classOf(atts))) {
      packageEntryDepth = depth;
    } else if (skipDepth < 0 && name.equals("h1") && depth == packageEntryDepth + 1) {
      skipDepth = depth; // "image11.png": the name of an embedded part
    }
    if (name.equals("div") && pageDepth < 0 && PAGE_CLASSES.contains(classOf(atts))) {
      pdfPage = classOf(atts).equals("page");
      startPage();
      pageDepth = depth;
      afterPdfPage = false;
    }
    if (firstHeading == null && headingDepth < 0 && isHeading(name)) {
      headingDepth = depth;
    }
    separate(name);
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    separate(name);
    if (depth == headingDepth) {
      headingDepth = -1;
      String text = heading.toString().replaceAll("\\s+", " ").strip();
      heading.setLength(0);
      if (text.codePoints().anyMatch(Character::isLetter)) {
        firstHeading = text;
      }
    }
    if (depth == pageDepth) {
      pageDepth = -1;
      afterPdfPage = pdfPage;
    }
    if (depth == skipDepth) {
      skipDepth = -1;
    }
    if (depth == packageEntryDepth) {
      packageEntryDepth = -1;
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth >= 0 || afterPdfPage || length == 0) {
      return;
    }
    String text = new String(ch, start, length);
    if (headingDepth >= 0) {
      heading.append(text);
    }
    if (pending != Separator.NONE) {
      text = text.stripLeading();
      if (text.isEmpty()) {
        return;
      }
      if (!current.isEmpty()) {
        trimTrailingWhitespace(current);
        current.append(switch (pending) {
          case PARAGRAPH -> "\n\n";
          case LINE -> "\n";
          case TAB -> "\t";
          case NONE -> "";
        });
      }
      pending = Separator.NONE;
    }
    current.append(text);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Tika writes the newline ending each PDF line here: it is the only space between two words.
    characters(ch, start, length);
  }

  /** Page texts, each stripped; at least one element. */
  List<String> pages() {
    return pages.stream().map(page -> page.toString().strip()).toList();
  }

  /** Whether the document had page or slide markers. */
  boolean paged() {
    return paged;
  }

  /** The first heading (h1-h6) with letters, whitespace collapsed, if any. */
  Optional<String> firstHeading() {
    return Optional.ofNullable(firstHeading);
  }

  private void startPage() {
    if (paged) {
      current = new StringBuilder();
      pages.add(current);
      pending = Separator.NONE;
    }
    paged = true;
  }

  private void separate(String name) {
    Separator wanted;
    if (BLOCKS.contains(name)) {
      wanted = Separator.PARAGRAPH;
    } else if (name.equals("br")) {
      wanted = Separator.LINE;
    } else if (name.equals("td") || name.equals("th")) {
      wanted = Separator.TAB;
    } else {
      return;
    }
    if (wanted.compareTo(pending) > 0) {
      pending = wanted;
    }
  }

  private static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    int colon = name.indexOf(':');
    return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
  }

  private static String classOf(Attributes atts) {
    String value = atts.getValue("class");
    return value == null ? "" : value.strip();
  }

  private static void trimTrailingWhitespace(StringBuilder text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
  }
}
