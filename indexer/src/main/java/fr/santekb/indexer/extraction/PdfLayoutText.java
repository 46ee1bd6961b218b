package fr.santekb.indexer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages and paragraphs from the output of {@code pdftotext -bbox-layout}: one {@code page} element
 * per PDF page, holding lines of words with their boxes in poppler's reading order, and the info
 * dictionary's title and dates in the head.
 *
 * <p>Paragraphs are cut as PDFBox cuts them, so that the cleaning, the sections and the first
 * heading read the same blank lines on both paths: a line starts a new paragraph when it lies
 * lower than the line before by more than {@link #PARAGRAPH_DROP} times the height of the smaller
 * of the two (PDFBox starts one when the drop exceeds 2.5 times its glyph height, about 0.6 of
 * poppler's line box; 1.5 was the best fit over the PDFs of the shared corpus; the smaller line,
 * so that a heading's large type does not hide the blank line under it). Lines of one paragraph are joined by a
 * line break, paragraphs by a blank line, as {@link PagedTextHandler} does. pdftotext's blocks are
 * not used: it puts a heading and the paragraph under it in one block. Words of a line are joined
 * by a space, except when the gap between them is under {@link #GLUED_GAP} of their height: poppler
 * splits a word where the type size changes (« S ociété » in small capitals). Poppler writes
 * right-to-left words (Arabic, Hebrew) in visual order: they are turned back to reading order, and
 * a line made mostly of them is read from the right.
 */
final class PdfLayoutText {
  /** A drop between two lines, in heights of the upper line, that starts a paragraph. */
  static final double PARAGRAPH_DROP = 1.5;
  /** A gap between two words, in heights of the smaller, under which they are one word. */
  static final double GLUED_GAP = 0.1;

  private static final Pattern ELEMENT = Pattern.compile(
      "<(page|line|word)\\b([^>]*)>(?:([^<]*)</word>)?|<title>([^<]*)</title>"
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

  /** Reads the whole output of {@code pdftotext -bbox-layout}. */
  static Layout parse(String xhtml) {
    List<String> pages = new ArrayList<>();
    PageBuilder page = null;
    List<Word> line = null;
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
        addLine(page, line);
        line = null;
        if (page != null) {
          pages.add(page.text());
        }
        page = new PageBuilder();
      } else if ("line".equals(m.group(1))) {
        addLine(page, line);
        line = new ArrayList<>();
      } else if (line != null) {
        line.add(word(m.group(2), unescape(m.group(3))));
      }
    }
    addLine(page, line);
    if (page != null) {
      pages.add(page.text());
    }
    return new Layout(pages.isEmpty() ? List.of("") : List.copyOf(pages), nonBlank(title),
        nonBlank(created), nonBlank(modified));
  }

  private static void addLine(PageBuilder page, List<Word> line) {
    if (page != null && line != null && !line.isEmpty()) {
      page.add(line);
    }
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

  /** The text of one page, line by line. */
  private static final class PageBuilder {
    private final StringBuilder text = new StringBuilder();
    private double lastBottom = Double.NaN;
    private double lastHeight;

    void add(List<Word> line) {
      double bottom = Double.NEGATIVE_INFINITY;
      double height = 0;
      for (Word w : line) {
        bottom = Math.max(bottom, w.yMax());
        height = Math.max(height, w.height());
      }
      if (!text.isEmpty()) {
        boolean paragraph = Math.abs(bottom - lastBottom)
            > PARAGRAPH_DROP * Math.min(lastHeight, height);
        text.append(paragraph ? "\n\n" : "\n");
      }
      // Pieces left to right: each word, and before it a space unless glued to the one before.
      List<String> pieces = new ArrayList<>();
      int rightToLeft = 0;
      Word previous = null;
      for (Word w : line) {
        boolean spaced = previous != null && w.xMin() - previous.xMax()
            >= GLUED_GAP * Math.min(w.height(), previous.height());
        if (spaced) {
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
      lastBottom = bottom;
      lastHeight = height;
    }

    String text() {
      return text.toString().strip();
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
