package fr.santekb.indexer.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class SampleWritersTest {
  private static final SampleDocument DOC = FrenchSamples.contract();

  @TempDir Path dir;

  private Path write(SampleFormat format) throws IOException {
    Path file = dir.resolve("contrat-" + format.name().toLowerCase(Locale.ROOT) + "."
        + format.extension());
    SampleWriters.write(DOC, format, file);
    return file;
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void everyFormatWritesTheSameBytesTwice(SampleFormat format) throws IOException {
    Path first = write(format);
    byte[] bytes = Files.readAllBytes(first);
    Files.delete(first);
    assertThat(bytes).hasSizeGreaterThan(100);
    assertThat(Files.readAllBytes(write(format))).isEqualTo(bytes);
  }

  @Test
  void pdfHasOnePagePerSamplePageAndExtractsOeAndApostrophe() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write(SampleFormat.PDF).toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(3);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(FrenchSamples.TITLE);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      String page3 = stripper.getText(pdf);
      assertThat(page3).contains("cœur", "sœurs", "l’activité", "reçu", "aînés");
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(pdf)).contains(FrenchSamples.PAGE2_MARKER)
          .doesNotContain("cœur");
    }
  }

  @Test
  void docxHasHeadingStylesAndCoreProperties() throws IOException {
    try (InputStream in = Files.newInputStream(write(SampleFormat.DOCX));
        XWPFDocument docx = new XWPFDocument(in)) {
      List<XWPFParagraph> paragraphs = docx.getParagraphs();
      assertThat(paragraphs.get(0).getText()).isEqualTo(FrenchSamples.TITLE);
      assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading1");
      assertThat(paragraphs.get(1).getStyle()).isEqualTo("Heading2");
      assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
      assertThat(docx.getProperties().getCoreProperties().getTitle())
          .isEqualTo(FrenchSamples.TITLE);
      assertThat(docx.getProperties().getCoreProperties().getCreator())
          .isEqualTo(FrenchSamples.AUTHOR);
    }
  }

  @Test
  void pptxHasOneSlidePerPage() throws IOException {
    try (InputStream in = Files.newInputStream(write(SampleFormat.PPTX));
        XMLSlideShow pptx = new XMLSlideShow(in)) {
      assertThat(pptx.getSlides()).hasSize(3);
      String slide3 = pptx.getSlides().get(2).getShapes().stream()
          .filter(XSLFTextShape.class::isInstance).map(XSLFShape.class::cast)
          .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
      assertThat(slide3).contains(FrenchSamples.PAGE3_HEADING, "sœurs");
    }
  }

  @Test
  void pptHasOneSlidePerPage() throws IOException {
    try (InputStream in = Files.newInputStream(write(SampleFormat.PPT));
        HSLFSlideShow ppt = new HSLFSlideShow(in)) {
      assertThat(ppt.getSlides()).hasSize(3);
      String slide2 = HSLFTextParagraph.getText(
          ppt.getSlides().get(1).getTextParagraphs().stream().flatMap(List::stream).toList());
      assertThat(slide2).contains(FrenchSamples.PAGE2_HEADING, "l’accès");
      assertThat(ppt.getSummaryInformation().getTitle()).isEqualTo(FrenchSamples.TITLE);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleFormat.class, names = {"ODT", "ODP", "ODS"})
  void openDocumentStartsWithStoredMimetypeAndHasWellFormedXml(SampleFormat format)
      throws Exception {
    try (ZipFile zip = new ZipFile(write(format).toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      ZipEntry first = entries.nextElement();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      for (String name : List.of("content.xml", "meta.xml", "styles.xml", "META-INF/manifest.xml")) {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setNamespaceAware(true);
          Document xml = factory.newDocumentBuilder().parse(in);
          if (name.equals("content.xml")) {
            String ns = format == SampleFormat.ODS
                ? "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                : "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
            String element = format == SampleFormat.ODS ? "table" : "page";
            int expected = format == SampleFormat.ODT ? 0 : 3;
            assertThat(xml.getElementsByTagNameNS(ns, element).getLength()).isEqualTo(expected);
            assertThat(xml.getDocumentElement().getTextContent()).contains("sœurs");
          }
        }
      }
    }
  }

  @Test
  void rtfIsAsciiWithUnicodeEscapes() throws IOException {
    String rtf = Files.readString(write(SampleFormat.RTF), StandardCharsets.US_ASCII);
    assertThat(rtf).startsWith("{\\rtf1").contains("s\\u339?urs", "l\\u8217?activit\\u233?");
    assertThat(rtf.chars().filter(c -> c == '{').count())
        .isEqualTo(rtf.chars().filter(c -> c == '}').count());
  }

  @Test
  void htmlAndMarkdownAndUtf8TextStartWithTheTitle() throws IOException {
    assertThat(Files.readString(write(SampleFormat.HTML), StandardCharsets.UTF_8))
        .contains("<meta charset=\"utf-8\">", "<title>" + FrenchSamples.TITLE + "</title>",
            "<h2>" + FrenchSamples.PAGE3_HEADING + "</h2>");
    assertThat(Files.readString(write(SampleFormat.MARKDOWN), StandardCharsets.UTF_8))
        .startsWith("# " + FrenchSamples.TITLE + "\n\n## " + FrenchSamples.PAGE1_HEADING);
    assertThat(Files.readString(write(SampleFormat.TXT_UTF8), StandardCharsets.UTF_8))
        .startsWith(FrenchSamples.TITLE + "\n\n").contains("sœurs");
  }

  @Test
  void windows1252TextIsTheSameTextInSingleBytes() throws IOException {
    byte[] bytes = Files.readAllBytes(write(SampleFormat.TXT_CP1252));
    assertThat(new String(bytes, Charset.forName("windows-1252")))
        .isEqualTo(Files.readString(write(SampleFormat.TXT_UTF8), StandardCharsets.UTF_8));
    assertThat(bytes).contains((byte) 0x9C, (byte) 0x92, (byte) 0xE9);
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
        .decode(ByteBuffer.wrap(bytes))).isInstanceOf(CharacterCodingException.class);
  }
}
