package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The title printed on a PDF's cover: the first run of lines on page 1 set in its largest type,
 * when that type stands out (at least {@link #STANDS_OUT} times the page's usual size). Empty when
 * the page has no such lines or the file cannot be read again (it was already extracted: a
 * failure here only means no cover title).
 */
final class PdfCoverTitle {
  /** How much larger than the page's median text the title's type must be. */
  static final float STANDS_OUT = 1.3f;
  /** Lines at most joined into one title. */
  static final int MAX_LINES = 3;

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

  /** The first run of lines in the largest type, when it stands out from the median. */
  static Optional<String> title(List<Line> lines) {
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
    float largest = sizes.get(sizes.size() - 1);
    if (largest < STANDS_OUT * median) {
      return Optional.empty();
    }
    List<String> run = new ArrayList<>();
    for (Line l : lines) {
      boolean big = l.size() >= 0.9f * largest;
      if (big && run.size() < MAX_LINES) {
        run.add(l.text());
      } else if (!run.isEmpty()) {
        break;
      }
    }
    String title = String.join(" ", run).replaceAll("\\s+", " ").strip();
    return title.codePoints().filter(Character::isLetter).count() >= 3
        ? Optional.of(title) : Optional.empty();
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
