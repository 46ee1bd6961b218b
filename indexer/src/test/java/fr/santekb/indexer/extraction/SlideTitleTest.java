package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first slide's title placeholder, in presentation order, for PPTX and ODP. */
class SlideTitleTest {
  private static final String P = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/"
      + "2006/main\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  private static String slide(String body, String title) {
    return "<p:sld " + P + "><p:cSld><p:spTree>"
        + "<p:sp><p:nvSpPr><p:nvPr><p:ph idx=\"1\"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r>"
        + "<a:t>" + body + "</a:t></a:r></a:p></p:txBody></p:sp>"
        + "<p:sp><p:nvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:txBody>"
        + "<a:p><a:r><a:t>" + title + "</a:t></a:r></a:p><a:p><a:r><a:t>selon le logiciel"
        + "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
  }

  @Test
  void thePptxTitlePlaceholderWinsOverTheBodyTextBeforeIt() throws XMLStreamException {
    String xml = slide("Méthode : extraction des RPU", "Analyse des RPU");
    assertThat(SlideTitle.pptxTitle(SlideTitle.reader(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8))))).contains("Analyse des RPU selon le logiciel");
  }

  @Test
  void theFirstSlideIsTheFirstInPresentationOrderNotTheFirstFile(@TempDir Path dir)
      throws IOException {
    Path deck = dir.resolve("deck.pptx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(deck))) {
      put(zip, "ppt/presentation.xml", "<p:presentation " + P + "><p:sldIdLst>"
          + "<p:sldId id=\"256\" r:id=\"rId7\"/><p:sldId id=\"257\" r:id=\"rId2\"/>"
          + "</p:sldIdLst></p:presentation>");
      put(zip, "ppt/_rels/presentation.xml.rels", "<Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId2\" "
          + "Target=\"slides/slide1.xml\"/><Relationship Id=\"rId7\" "
          + "Target=\"slides/slide9.xml\"/></Relationships>");
      put(zip, "ppt/slides/slide1.xml", slide("corps", "Conclusion"));
      put(zip, "ppt/slides/slide9.xml", slide("corps", "Logiciels utilisés"));
    }
    assertThat(SlideTitle.of(deck, "pptx")).contains("Logiciels utilisés selon le logiciel");
    assertThat(SlideTitle.of(deck, "docx")).isEmpty();
    assertThat(SlideTitle.of(dir.resolve("absent.pptx"), "pptx")).isEmpty();
  }

  @Test
  void theOdpTitleFrameOfTheFirstPageOnly() throws XMLStreamException {
    String ns = "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        + "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    String first = "<r " + ns + "><draw:page><draw:frame presentation:class=\"subtitle\">"
        + "<text:p>Sous-titre</text:p></draw:frame><draw:frame presentation:class=\"title\">"
        + "<text:p>Logiciels utilisés</text:p><text:p>pour les RPU</text:p></draw:frame>"
        + "</draw:page></r>";
    assertThat(SlideTitle.odpTitle(SlideTitle.reader(new ByteArrayInputStream(
        first.getBytes(StandardCharsets.UTF_8))))).contains("Logiciels utilisés pour les RPU");
    String second = "<r " + ns + "><draw:page><draw:frame presentation:class=\"subtitle\">"
        + "<text:p>x</text:p></draw:frame></draw:page><draw:page><draw:frame "
        + "presentation:class=\"title\"><text:p>Page 2</text:p></draw:frame></draw:page></r>";
    assertThat(SlideTitle.odpTitle(SlideTitle.reader(new ByteArrayInputStream(
        second.getBytes(StandardCharsets.UTF_8))))).isEmpty();
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
