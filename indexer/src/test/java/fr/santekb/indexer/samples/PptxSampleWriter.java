package fr.santekb.indexer.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Writes a PowerPoint 2007+ deck: one "title and content" slide per sample page. */
final class PptxSampleWriter {

  private PptxSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XMLSlideShow pptx = new XMLSlideShow()) {
      XSLFSlideLayout layout = pptx.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      for (SampleDocument.Page page : doc.pages()) {
        XSLFSlide slide = pptx.createSlide(layout);
        slide.getPlaceholder(0).setText(page.heading());
        XSLFTextShape body = slide.getPlaceholder(1);
        body.clearText();
        for (String paragraph : page.paragraphs()) {
          body.addNewTextParagraph().addNewTextRun().setText(paragraph);
        }
      }
      POIXMLProperties.CoreProperties core = pptx.getProperties().getCoreProperties();
      core.setTitle(doc.title());
      core.setCreator(doc.author());
      core.setCreated(Optional.of(Markup.date(doc)));
      core.setModified(Optional.of(Markup.date(doc)));
      pptx.write(bytes);
    }
    FixedTimeZip.copy(bytes.toByteArray(), Markup.timestamp(doc), target);
  }
}
