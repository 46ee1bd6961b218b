package fr.santekb.indexer.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a Word document: the title as "heading 1", each page's heading as "heading 2" followed by
 * its paragraphs; title, author and dates in the core properties.
 */
final class DocxSampleWriter {

  private DocxSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument docx = new XWPFDocument()) {
      XWPFStyles styles = docx.createStyles();
      styles.addStyle(headingStyle(1));
      styles.addStyle(headingStyle(2));
      addParagraph(docx, doc.title(), "Heading1");
      for (SampleDocument.Page page : doc.pages()) {
        addParagraph(docx, page.heading(), "Heading2");
        for (String paragraph : page.paragraphs()) {
          addParagraph(docx, paragraph, null);
        }
      }
      POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
      core.setTitle(doc.title());
      core.setCreator(doc.author());
      core.setCreated(Optional.of(Markup.date(doc)));
      core.setModified(Optional.of(Markup.date(doc)));
      docx.write(bytes);
    }
    FixedTimeZip.copy(bytes.toByteArray(), Markup.timestamp(doc), target);
  }

  /** Word's built-in heading style: id "HeadingN", name "heading N", outline level N-1. */
  private static XWPFStyle headingStyle(int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("Heading" + level);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    style.addNewRPr().addNewB();
    return new XWPFStyle(style);
  }

  private static void addParagraph(XWPFDocument docx, String text, String styleId) {
    XWPFParagraph paragraph = docx.createParagraph();
    if (styleId != null) {
      paragraph.setStyle(styleId);
    }
    paragraph.createRun().setText(text);
  }
}
