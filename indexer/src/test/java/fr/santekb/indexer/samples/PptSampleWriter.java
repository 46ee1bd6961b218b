package fr.santekb.indexer.samples;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;

/** Writes a PowerPoint 97-2003 deck: one slide per sample page, a title and a text box. */
final class PptSampleWriter {

  private PptSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    try (HSLFSlideShow ppt = new HSLFSlideShow()) {
      for (SampleDocument.Page page : doc.pages()) {
        HSLFSlide slide = ppt.createSlide();
        slide.addTitle().setText(page.heading());
        HSLFTextBox body = new HSLFTextBox();
        body.setAnchor(new Rectangle2D.Double(50, 130, 620, 380));
        // One paragraph per sample paragraph: HSLF splits the text at line breaks.
        body.setText(String.join("\n", page.paragraphs()));
        slide.addShape(body);
      }
      ppt.createInformationProperties();
      SummaryInformation info = ppt.getSummaryInformation();
      info.setTitle(doc.title());
      info.setAuthor(doc.author());
      info.setCreateDateTime(Markup.date(doc));
      info.setLastSaveDateTime(Markup.date(doc));
      try (OutputStream out = Files.newOutputStream(target)) {
        ppt.write(out);
      }
    }
  }
}
