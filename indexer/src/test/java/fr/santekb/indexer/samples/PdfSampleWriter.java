package fr.santekb.indexer.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes one A4 PDF page per sample page (a page too long for one sheet continues on the next), in
 * Liberation Sans embedded from the PDFBox jar so every French character (é, œ, ’) renders and
 * extracts.
 */
final class PdfSampleWriter {
  /** A Unicode TrueType font that PDFBox ships for its own use; embedded as a subset. */
  private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 60;
  private static final float HEADING_SIZE = 18;
  private static final float TEXT_SIZE = 11;
  private static final float LEADING = 1.4f;

  private PdfSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDFont font = loadFont(pdf);
      for (SampleDocument.Page page : doc.pages()) {
        writePage(pdf, font, page);
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(doc.title());
      info.setAuthor(doc.author());
      info.setCreator("santekb samples");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTime(Markup.date(doc));
      info.setCreationDate(created);
      info.setModificationDate(created);
      fixDocumentId(pdf, doc);
      pdf.save(target.toFile());
    }
  }

  private static PDFont loadFont(PDDocument pdf) throws IOException {
    try (InputStream in = PdfSampleWriter.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IOException("font not found on the classpath: " + FONT_RESOURCE);
      }
      return PDType0Font.load(pdf, in, true);
    }
  }

  /** Lays out the heading then the paragraphs, wrapping lines; starts a new sheet when full. */
  private static void writePage(PDDocument pdf, PDFont font, SampleDocument.Page page)
      throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<Line> lines = new ArrayList<>();
    for (String text : wrap(page.heading(), font, HEADING_SIZE, width)) {
      lines.add(new Line(text, HEADING_SIZE, false));
    }
    lines.add(new Line("", TEXT_SIZE, true));
    for (String paragraph : page.paragraphs()) {
      for (String text : wrap(paragraph, font, TEXT_SIZE, width)) {
        lines.add(new Line(text, TEXT_SIZE, false));
      }
      lines.add(new Line("", TEXT_SIZE, true));
    }
    int next = 0;
    do {
      next = writeSheet(pdf, font, lines, next);
    } while (next < lines.size());
  }

  /** Writes lines from {@code from} on one new sheet; returns the index of the first line left. */
  private static int writeSheet(PDDocument pdf, PDFont font, List<Line> lines, int from)
      throws IOException {
    PDPage sheet = new PDPage(PDRectangle.A4);
    pdf.addPage(sheet);
    float y = PDRectangle.A4.getHeight() - MARGIN;
    int i = from;
    try (PDPageContentStream out = new PDPageContentStream(pdf, sheet)) {
      for (; i < lines.size(); i++) {
        Line line = lines.get(i);
        float step = line.size() * LEADING;
        if (y - step < MARGIN && i > from) {
          break;
        }
        y -= step;
        if (!line.gap()) {
          out.beginText();
          out.setFont(font, line.size());
          out.newLineAtOffset(MARGIN, y);
          out.showText(line.text());
          out.endText();
        }
      }
    }
    return i;
  }

  private static List<String> wrap(String text, PDFont font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Sets the trailer /ID from the title and date: without it PDFBox derives one from the clock and
   * the bytes change on every run.
   */
  private static void fixDocumentId(PDDocument pdf, SampleDocument doc) {
    try {
      byte[] id = MessageDigest.getInstance("MD5").digest(
          (doc.title() + "|" + doc.created()).getBytes(StandardCharsets.UTF_8));
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  private record Line(String text, float size, boolean gap) {}
}
