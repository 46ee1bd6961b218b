package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.samples.FrenchSamples;
import fr.santekb.indexer.samples.SampleFormat;
import fr.santekb.indexer.samples.SampleWriters;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken, hostile and unsupported files: each gets a classified outcome and a one-line message. */
class TikaExtractorBadFilesTest {
  @TempDir Path dir;
  private static TikaExtractor extractor;

  @BeforeAll
  static void openExtractor() {
    extractor = new TikaExtractor(ExtractionSettings.defaults());
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  private Path sample(SampleFormat format, String name) throws IOException {
    Path file = dir.resolve(name);
    SampleWriters.write(FrenchSamples.contract(), format, file);
    return file;
  }

  private static Extraction.Rejected rejected(Extraction result) {
    assertThat(result).isInstanceOf(Extraction.Rejected.class);
    Extraction.Rejected rejection = (Extraction.Rejected) result;
    assertThat(rejection.message()).as("one line, no stack trace").isNotBlank()
        .doesNotContain("\n").doesNotContain("\tat ").hasSizeLessThanOrEqualTo(400);
    return rejection;
  }

  @Test
  void emptyFileIsEmpty() throws IOException {
    Path file = Files.createFile(dir.resolve("vide.pdf"));
    assertThat(rejected(extractor.extract(file)).outcome()).isEqualTo(Outcome.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PDF", "DOCX", "PPTX", "ODT"})
  void fileCutInHalfFails(String formatName) throws IOException {
    SampleFormat format = SampleFormat.valueOf(formatName);
    Path file = sample(format, "coupe." + format.extension());
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    assertThat(rejection.outcome()).as(rejection.message()).isEqualTo(Outcome.FAILED);
  }

  /**
   * FAILED, not UNSUPPORTED: the name says docx, a format santekb indexes, so the user should learn
   * that this file is corrupt or mislabelled rather than see it silently skipped.
   */
  @Test
  void randomBytesNamedDocxFail() throws IOException {
    byte[] noise = new byte[20_000];
    new Random(7).nextBytes(noise);
    Path file = Files.write(dir.resolve("bruit.docx"), noise);
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    assertThat(rejection.outcome()).as(rejection.message()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void userPasswordPdfIsEncrypted() throws IOException {
    Path file = protectedPdf(dir.resolve("protege.pdf"), "utilisateur");
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    assertThat(rejection.outcome()).as(rejection.message()).isEqualTo(Outcome.ENCRYPTED);
  }

  @Test
  void ownerOnlyPasswordPdfIsReadable() throws IOException {
    Path file = protectedPdf(dir.resolve("droits.pdf"), "");
    Extraction result = extractor.extract(file);
    assertThat(result).isInstanceOf(Extraction.Extracted.class);
    assertThat(((Extraction.Extracted) result).document().text())
        .contains("Contrat local de santé", "cœur de ville");
  }

  /**
   * A one-page PDF protected with an owner password and the given user password ("" opens without
   * one). Helvetica with WinAnsiEncoding, which has œ (0x9C) and ’ (0x92).
   */
  private static Path protectedPdf(Path file, String userPassword) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Contrat local de santé : cœur de ville, l’accès aux soins");
        text.endText();
      }
      AccessPermission readOnly = new AccessPermission();
      readOnly.setCanModify(false);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("proprietaire", userPassword, readOnly);
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(file.toFile());
    }
    return file;
  }

  /**
   * FAILED, not TRUNCATED: past the compression ratio the file is treated as hostile and nothing of
   * it is indexed (its first million characters would be the repeated filler anyway).
   */
  @ParameterizedTest
  @ValueSource(strings = {"bombe.odt", "bombe.docx"})
  void zipBombFailsNamingTheLimit(String name) throws IOException {
    Path file = name.endsWith(".odt") ? odtBomb(dir.resolve(name)) : docxBomb(dir.resolve(name));
    assertThat(Files.size(file)).isLessThan(100_000);
    long start = System.nanoTime();
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(rejection.outcome()).as(rejection.message()).isEqualTo(Outcome.FAILED);
    assertThat(rejection.message()).contains("zip bomb", "maxCompressionRatio");
    assertThat(millis).as("time to reject the bomb, ms").isLessThan(20_000);
  }

  @Test
  void pngImageIsUnsupported() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Path file = dir.resolve("logo.png");
    ImageIO.write(image, "png", file.toFile());
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    assertThat(rejection.outcome()).isEqualTo(Outcome.UNSUPPORTED);
    assertThat(rejection.message()).contains("image/png");
  }

  @Test
  void zipArchiveIsUnsupportedWithoutOpeningIt() throws IOException {
    Path file = dir.resolve("archive.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("lisez-moi.txt"));
      zip.write("Contrat local de santé".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Extraction.Rejected rejection = rejected(extractor.extract(file));
    assertThat(rejection.outcome()).isEqualTo(Outcome.UNSUPPORTED);
    assertThat(rejection.message()).contains("application/zip");
  }

  @Test
  void fileOverTheSizeLimitIsUnsupportedWithoutParsing() throws IOException {
    Path file = sample(SampleFormat.PDF, "gros.pdf");
    ExtractionSettings small = new ExtractionSettings(1000, 1000, 100, 100, 10, false, "fra");
    try (TikaExtractor limited = new TikaExtractor(small)) {
      Extraction.Rejected rejection = rejected(limited.extract(file));
      assertThat(rejection.outcome()).isEqualTo(Outcome.UNSUPPORTED);
      assertThat(rejection.message()).contains("maxFileBytes=100");
    }
  }

  @Test
  void writeLimitKeepsTheTextBeforeItAndMarksTruncated() throws IOException {
    Path file = sample(SampleFormat.DOCX, "long.docx");
    ExtractionSettings tight = new ExtractionSettings(200, 200, 1_000_000, 100, 10, false, "fra");
    try (TikaExtractor limited = new TikaExtractor(tight)) {
      ExtractedDocument doc = ((Extraction.Extracted) limited.extract(file)).document();
      assertThat(doc.truncated()).isTrue();
      assertThat(doc.text()).startsWith(FrenchSamples.TITLE).hasSizeLessThanOrEqualTo(200);
    }
  }

  @Test
  void maxCharsPerDocumentCutsPagesAndMarksTruncated() throws IOException {
    Path file = sample(SampleFormat.PDF, "coupe-pages.pdf");
    ExtractionSettings tight = new ExtractionSettings(300, 1_000_000, 1_000_000, 100, 10, false,
        "fra");
    try (TikaExtractor limited = new TikaExtractor(tight)) {
      ExtractedDocument doc = ((Extraction.Extracted) limited.extract(file)).document();
      assertThat(doc.truncated()).isTrue();
      assertThat(doc.text()).hasSizeLessThanOrEqualTo(300);
      assertThat(doc.pages()).hasSizeLessThan(3);
    }
  }

  @Test
  void missingFileFailsWithoutThrowing() {
    Extraction.Rejected rejection = rejected(extractor.extract(dir.resolve("absent.pdf")));
    assertThat(rejection.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(rejection.message()).startsWith("NoSuchFileException");
  }

  /** An ODT whose content.xml is 5 MB of one repeated paragraph: about 1000:1 compressed. */
  private static Path odtBomb(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
          + "<office:body><office:text>").getBytes(StandardCharsets.UTF_8));
      writeRepeated(zip, "<text:p>zéro zéro zéro zéro zéro zéro zéro zéro zéro zéro</text:p>");
      zip.write("</office:text></office:body></office:document-content>"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** A real DOCX from SampleWriters whose word/document.xml body is replaced by 5 MB of filler. */
  private Path docxBomb(Path file) throws IOException {
    Path model = sample(SampleFormat.DOCX, "modele-bombe.docx");
    try (ZipFile source = new ZipFile(model.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry : Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
              + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
              .getBytes(StandardCharsets.UTF_8));
          writeRepeated(zip, "<w:p><w:r><w:t>zéro zéro zéro zéro zéro zéro zéro zéro</w:t>"
              + "</w:r></w:p>");
          zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream in = source.getInputStream(entry)) {
            in.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  private static void writeRepeated(OutputStream out, String element) throws IOException {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    for (int i = 0; i < 1000; i++) {
      block.write(element.getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = block.toByteArray();
    for (int written = 0; written < 5_000_000; written += bytes.length) {
      out.write(bytes);
    }
  }
}
