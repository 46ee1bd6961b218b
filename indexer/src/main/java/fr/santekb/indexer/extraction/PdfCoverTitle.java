package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The title printed on a PDF's cover: the first run of lines on page 1 set in its largest type
 * (of lines with letters, not a word cloud), when that type stands out (at least {@link #STANDS_OUT} times the page's usual size). Empty when
 * the page has no such lines or the file cannot be read again (it was already extracted: a
 * failure here only means no cover title).
 */
final class PdfCoverTitle {
  /** How much larger than the page's median text the title's type must be. */
  static final float STANDS_OUT = 1.3f;
  /** Lines at most joined into one title. */
  static final int MAX_LINES = 3;

  /** A word followed by three single letters or more, each after one space. */
  private static final Pattern LETTER_SPACED = Pattern.compile("\\p{L}+(?: \\p{L}(?!\\p{L})){3,}");

  private PdfCoverTitle() {}

  /** One piece of text of page 1 with the size of its type, in points. */
  record Line(String text, float size) {}

  static Optional<String> of(Path file) {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.getNumberOfPages() == 0) {
        return Optional.empty();
      }
      LineCollector collector = new LineCollector();
      collector.setStartPage(1);
      collector.setEndPage(1);
      collector.getText(pdf);
      return title(collector.lines);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The first run of lines in the largest type that stands out from the median, skipping lines
   * without letters (step numbers, page numbers) and word clouds (runs of one-word lines:
   * « ANXIÉTÉ / SOLITUDE / STRESS » set around a flyer's headline): the next size down is tried.
   */
  static Optional<String> title(List<Line> all) {
    List<Line> lines = all.stream().filter(l -> l.text().codePoints().anyMatch(Character::isLetter))
        .toList();
    List<Float> sizes = new ArrayList<>();
    for (Line l : lines) {
      for (int i = 0; i < l.text().length(); i++) {
        sizes.add(l.size()); // weighted by characters: the body text sets the median
      }
    }
    if (sizes.isEmpty()) {
      return Optional.empty();
    }
    sizes.sort(Float::compare);
    float median = sizes.get(sizes.size() / 2);
    List<Float> largestFirst = sizes.stream().distinct().sorted((a, b) -> Float.compare(b, a))
        .toList();
    for (float size : largestFirst) {
      if (size < STANDS_OUT * median) {
        break;
      }
      List<String> run = run(lines, size);
      if (run.stream().allMatch(l -> l.strip().split("\\s+").length == 1)) {
        continue; // a word cloud, or a single word: not a title
      }
      String title = joinLetterSpacing(String.join(" ", run).replaceAll("\\s+", " ").strip());
      if (title.codePoints().filter(Character::isLetter).count() >= 3) {
        return Optional.of(title);
      }
    }
    return Optional.empty();
  }

  /** The first run of consecutive lines set in about {@code size} (within a tenth). */
  private static List<String> run(List<Line> lines, float size) {
    List<String> run = new ArrayList<>();
    for (Line l : lines) {
      boolean same = l.size() >= 0.9f * size && l.size() <= size / 0.9f;
      if (same && run.size() < MAX_LINES) {
        run.add(l.text());
      } else if (!run.isEmpty()) {
        break;
      }
    }
    return run;
  }

  /**
   * Joins a letter-spaced word back: « ÉTU D I A N T (E ) » is « ÉTUDIANT (E) » (designers space
   * the letters of a headline; the text comes out as single letters).
   */
  static String joinLetterSpacing(String title) {
    Matcher m = LETTER_SPACED.matcher(title);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(" ", "")));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")")
        .replaceAll("\\s+,", ",");
  }

  /** Collects the lines of the stripped pages with the largest type size of each. */
  private static final class LineCollector extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();

    LineCollector() throws IOException {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      float size = 0;
      for (TextPosition p : positions) {
        size = Math.max(size, p.getFontSizeInPt());
      }
      if (!text.isBlank()) {
        lines.add(new Line(text.strip(), size));
      }
    }
  }
}
