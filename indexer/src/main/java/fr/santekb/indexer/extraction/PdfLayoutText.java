package fr.santekb.indexer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages, lines and paragraphs from the output of {@code pdftotext -raw -bbox}: one {@code page}
 * element per PDF page holding its words with their boxes in the order of the page's content
 * stream (the order PDFBox reads, as Tika runs it), and the info dictionary's title and dates in
 * the head.
 *
 * <p>Lines and paragraphs are cut as PDFBox's text stripper cuts them, so that the cleaning, the
 * sections and the title read the same text on both paths. A word starts a new line when it does
 * not overlap the current line vertically ({@link #GLYPH_HEIGHT} of its box, as PDFBox measures
 * glyphs). A line starts a new paragraph when it lies lower than
 * the line before by more than {@link #PARAGRAPH_DROP} times the height of the smaller of the two
 * (PDFBox: 2.5 times its glyph height, about 0.6 of poppler's word box; 1.5 was the best fit over
 * the PDFs of the shared corpus; the smaller line, so that a heading's large type does not hide
 * the blank line under it), when it is indented by more than two spaces from the line before
 * (unless that one started a paragraph: a hanging indent), or when it starts left of the line
 * before by more than a space (unless that one started a paragraph). A space is
 * {@link #SPACE_WIDTH} of the line's height. Lines of one paragraph are joined by a line break,
 * paragraphs by a blank line, as {@link PagedTextHandler} does. Words of a line are joined by a
 * space, except when the gap between them is under {@link #GLUED_GAP} of their height: poppler
 * splits a word where the type size changes (« S ociété » in small capitals; PDFBox puts a
 * space at a gap of about 0.04 of the type size: « Santé Psy » in a headline set tight). Poppler writes
 * right-to-left words (Arabic, Hebrew) in visual order: they are turned back to reading order, and
 * a line made mostly of them is read from the right.
 */
final class PdfLayoutText {
  /** A drop between two lines, in heights of the upper line, that starts a paragraph. */
  static final double PARAGRAPH_DROP = 1.5;
  /** A gap between two words, in heights of the smaller, under which they are one word. */
  static final double GLUED_GAP = 0.03;
  /**
   * The share of a poppler word box that PDFBox counts as the glyph's height when it tells
   * whether two words share a line: poppler's box spans the font's ascent and descent, taller
   * than the line spacing of tightly set text.
   */
  static final double GLYPH_HEIGHT = 0.7;
  /** The width of a space, in heights of the line (PDFBox reads it from the font). */
  static final double SPACE_WIDTH = 0.3;

  private static final Pattern ELEMENT = Pattern.compile(
      "<(page|word)\\b([^>]*)>(?:([^<]*)</word>)?|<title>([^<]*)</title>"
          + "|<meta name=\"(CreationDate|ModDate)\" content=\"([^\"]*)\"/>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(xMin|yMin|xMax|yMax)=\"([-0-9.]+)\"");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#x?[0-9A-Fa-f]+);");

  private PdfLayoutText() {}

  /** What one pdftotext run gave: pages (at least one) and the metadata of the head. */
  record Layout(List<String> pages, Optional<String> title, Optional<String> created,
      Optional<String> modified) {}

  /** One word and its box. */
  private record Word(String text, double xMin, double yMin, double xMax, double yMax) {
    double height() {
      return yMax - yMin;
    }
  }

  /** Reads the whole output of {@code pdftotext -raw -bbox}. */
  static Layout parse(String xhtml) {
    List<String> pages = new ArrayList<>();
    PageBuilder page = null;
    String title = null;
    String created = null;
    String modified = null;
    Matcher m = ELEMENT.matcher(xhtml);
    while (m.find()) {
      if (m.group(4) != null) {
        title = unescape(m.group(4)).strip();
      } else if (m.group(5) != null) {
        String value = unescape(m.group(6)).strip();
        if ("CreationDate".equals(m.group(5))) {
          created = value;
        } else {
          modified = value;
        }
      } else if ("page".equals(m.group(1))) {
        if (page != null) {
          pages.add(page.text());
        }
        page = new PageBuilder();
      } else if (page != null) {
        page.add(word(m.group(2), unescape(m.group(3))));
      }
    }
    if (page != null) {
      pages.add(page.text());
    }
    return new Layout(pages.isEmpty() ? List.of("") : List.copyOf(pages), nonBlank(title),
        nonBlank(created), nonBlank(modified));
  }

  private static Word word(String attributes, String text) {
    double[] box = new double[4];
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      int i = switch (a.group(1)) {
        case "xMin" -> 0;
        case "yMin" -> 1;
        case "xMax" -> 2;
        default -> 3;
      };
      box[i] = Double.parseDouble(a.group(2));
    }
    return new Word(text, box[0], box[1], box[2], box[3]);
  }

  /** The five entities pdftotext writes, and numeric references for safety. */
  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> Character.toString(name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The text of one page: words gathered into lines, lines into paragraphs. */
  private static final class PageBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Word> line = new ArrayList<>();
    /** The current line's lowest word bottom and tallest word, as PDFBox tracks them. */
    private double lineBottom;
    private double lineHeight;
    /** The line before the current one: its bottom, height, left edge and how it started. */
    private boolean hasPrevious;
    private double previousBottom;
    private double previousHeight;
    private double previousLeft;
    private boolean previousStarted;
    private boolean previousHanging;

    void add(Word word) {
      if (!line.isEmpty() && !overlaps(word.yMax(), GLYPH_HEIGHT * word.height(), lineBottom,
          GLYPH_HEIGHT * lineHeight)) {
        endLine();
      }
      if (line.isEmpty()) {
        lineBottom = word.yMax();
        lineHeight = word.height();
      } else {
        lineBottom = Math.max(lineBottom, word.yMax());
        lineHeight = Math.max(lineHeight, word.height());
      }
      line.add(word);
    }

    String text() {
      endLine();
      return text.toString().strip();
    }

    /** PDFBox's test: two baselines within 0.1, or either inside the other's height. */
    private static boolean overlaps(double y1, double h1, double y2, double h2) {
      return Math.abs(y1 - y2) < 0.1 || (y2 <= y1 && y2 >= y1 - h1)
          || (y1 <= y2 && y1 >= y2 - h2);
    }

    private void endLine() {
      if (line.isEmpty()) {
        return;
      }
      Word first = line.getFirst();
      double left = first.xMin();
      boolean starts = true;
      boolean hanging = false;
      if (hasPrevious) {
        double space = SPACE_WIDTH * lineHeight;
        double indent = left - previousLeft;
        double charWidth = (first.xMax() - first.xMin()) / Math.max(1, first.text().length());
        if (Math.abs(lineBottom - previousBottom)
            > PARAGRAPH_DROP * Math.min(previousHeight, lineHeight)) {
          starts = true;
        } else if (indent > 2 * space) {
          starts = !previousStarted;
          hanging = previousStarted;
        } else if (indent < -space) {
          starts = !previousStarted;
        } else {
          starts = false;
          hanging = Math.abs(indent) < 0.25 * charWidth && previousHanging;
        }
        text.append(starts ? "\n\n" : "\n");
      }
      appendWords();
      hasPrevious = true;
      previousBottom = lineBottom;
      previousHeight = lineHeight;
      previousLeft = left;
      previousStarted = starts;
      previousHanging = hanging;
      line.clear();
    }

    /** The line's words, a space between two unless glued, right-to-left lines turned. */
    private void appendWords() {
      List<String> pieces = new ArrayList<>();
      int rightToLeft = 0;
      Word previous = null;
      for (Word w : line) {
        double gap = previous == null ? 0 : w.xMin() - previous.xMax();
        boolean glued = previous != null && gap >= 0
            && gap < GLUED_GAP * Math.min(w.height(), previous.height());
        if (previous != null && !glued) {
          pieces.add(" ");
        }
        boolean rtl = isRightToLeft(w.text());
        rightToLeft += rtl ? 1 : -1;
        pieces.add(rtl ? new StringBuilder(w.text()).reverse().toString() : w.text());
        previous = w;
      }
      if (rightToLeft > 0) {
        pieces = pieces.reversed(); // an Arabic or Hebrew line: read from the right
      }
      pieces.forEach(text::append);
    }

    /**
     * Whether the first strong character of a word is right-to-left: poppler writes such a word
     * in its visual order, PDFBox (and a reader) in its logical order.
     */
    private static boolean isRightToLeft(String word) {
      for (int i = 0; i < word.length(); ) {
        int c = word.codePointAt(i);
        i += Character.charCount(c);
        byte d = Character.getDirectionality(c);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return false;
        }
      }
      return false;
    }
  }
}
