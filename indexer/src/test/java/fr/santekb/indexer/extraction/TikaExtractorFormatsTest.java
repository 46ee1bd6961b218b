package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.samples.FrenchSamples;
import fr.santekb.indexer.samples.SampleFormat;
import fr.santekb.indexer.samples.SampleWriters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format written by SampleWriters, extracted by the real Tika: text, pages and metadata. */
class TikaExtractorFormatsTest {
  private static final Map<SampleFormat, String> FORMAT_IDS = Map.ofEntries(
      Map.entry(SampleFormat.PDF, "pdf"), Map.entry(SampleFormat.DOCX, "docx"),
      Map.entry(SampleFormat.ODT, "odt"), Map.entry(SampleFormat.RTF, "rtf"),
      Map.entry(SampleFormat.PPTX, "pptx"), Map.entry(SampleFormat.PPT, "ppt"),
      Map.entry(SampleFormat.ODP, "odp"), Map.entry(SampleFormat.ODS, "ods"),
      Map.entry(SampleFormat.HTML, "html"), Map.entry(SampleFormat.TXT_UTF8, "txt"),
      Map.entry(SampleFormat.TXT_CP1252, "txt"), Map.entry(SampleFormat.MARKDOWN, "md"));
  private static final Set<SampleFormat> PAGED =
      Set.of(SampleFormat.PDF, SampleFormat.PPTX, SampleFormat.PPT, SampleFormat.ODP);
  /** Formats whose metadata carries a creation date SampleWriters sets. */
  private static final Set<SampleFormat> DATED = Set.of(SampleFormat.PDF, SampleFormat.DOCX,
      SampleFormat.ODT, SampleFormat.ODP, SampleFormat.ODS, SampleFormat.RTF, SampleFormat.PPTX,
      SampleFormat.PPT);

  @TempDir static Path dir;
  private static TikaExtractor extractor;

  @BeforeAll
  static void openExtractor() {
    extractor = new TikaExtractor(ExtractionSettings.defaults());
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  private static Path sample(SampleFormat format, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    SampleWriters.write(FrenchSamples.contract(), format, file);
    return file;
  }

  private static Path sample(SampleFormat format) throws IOException {
    return sample(format, "contrat-" + format.name().toLowerCase(Locale.ROOT) + "."
        + format.extension());
  }

  private static ExtractedDocument extracted(Path file) {
    Extraction result = extractor.extract(file);
    assertThat(result).as("extraction of %s", file.getFileName())
        .isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) result).document();
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void accentsOeAndApostropheSurviveInEveryFormat(SampleFormat format) throws IOException {
    ExtractedDocument doc = extracted(sample(format));
    assertThat(doc.text()).contains("Sélestat", "prévention", "élèves", "cœur", "sœurs",
        "œuvre", "l’activité", "aînés", "reçu", "à la psychiatrie");
    assertThat(doc.text()).doesNotContain("\uFFFD");
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void formatIdTitleLanguageAndHashComeOut(SampleFormat format) throws Exception {
    Path file = sample(format);
    ExtractedDocument doc = extracted(file);
    assertThat(doc.format()).isEqualTo(FORMAT_IDS.get(format));
    assertThat(doc.mediaType()).doesNotContain(";");
    assertThat(doc.title()).isEqualTo(FrenchSamples.TITLE);
    assertThat(doc.language()).contains("fr");
    assertThat(doc.sizeBytes()).isEqualTo(Files.size(file));
    assertThat(doc.contentHash()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
    assertThat(doc.truncated()).isFalse();
    Optional<LocalDate> expectedCreated =
        DATED.contains(format) ? Optional.of(FrenchSamples.CREATED) : Optional.empty();
    assertThat(doc.created()).isEqualTo(expectedCreated);
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void headingsAreNeverGluedToTheNextParagraph(SampleFormat format) throws IOException {
    String text = extracted(sample(format)).text();
    // Markdown heading marks are removed too: "## Titre" reads as "Titre".
    assertThat(text).contains(FrenchSamples.PAGE2_HEADING + "\n\nLa prévention du suicide")
        .doesNotContain("## ")
        .contains("maison de santé.\n\nIndicateurs");
  }

  @ParameterizedTest
  @EnumSource(SampleFormat.class)
  void slidesAndPdfPagesAreSeparatePagesOtherFormatsOnePage(SampleFormat format)
      throws IOException {
    ExtractedDocument doc = extracted(sample(format));
    if (PAGED.contains(format)) {
      assertThat(doc.paged()).isTrue();
      assertThat(doc.pages()).hasSize(3);
      assertThat(doc.pages().get(0)).startsWith(FrenchSamples.PAGE1_HEADING);
      assertThat(doc.pages().get(1)).startsWith(FrenchSamples.PAGE2_HEADING)
          .contains(FrenchSamples.PAGE2_MARKER).doesNotContain("cœur", "Préambule");
      assertThat(doc.pages().get(2)).startsWith(FrenchSamples.PAGE3_HEADING)
          .doesNotContain(FrenchSamples.PAGE2_MARKER);
    } else {
      assertThat(doc.paged()).isFalse();
      assertThat(doc.pages()).hasSize(1);
    }
  }

  @Test
  void windows1252TextIsDecodedAsWindows1252NotLatin1() throws IOException {
    Path file = sample(SampleFormat.TXT_CP1252);
    assertThat(Files.readAllBytes(file)).contains((byte) 0x92, (byte) 0x9C);
    assertThat(extracted(file).text()).contains("l’Agence", "cœur de ville");
  }

  @Test
  void contentDecidesOverADoubleOrWrongExtension() throws IOException {
    ExtractedDocument docx = extracted(sample(SampleFormat.DOCX, "fiche methode.odt.docx"));
    assertThat(docx.format()).isEqualTo("docx");
    ExtractedDocument odtNamedDocx = extracted(sample(SampleFormat.ODT, "rapport.docx"));
    assertThat(odtNamedDocx.format()).isEqualTo("odt");
    assertThat(odtNamedDocx.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void excelWorkbooksAreExtracted(String extension) throws IOException {
    Path file = dir.resolve("indicateurs." + extension);
    try (Workbook workbook = extension.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Indicateurs");
      sheet.createRow(0).createCell(0).setCellValue("Fiche action n° 3 : cœur de ville");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Promouvoir l’activité physique des sœurs et frères aînés");
      row.createCell(1).setCellValue(42);
      workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Crédits reçus");
      workbook.write(out);
    }
    ExtractedDocument doc = extracted(file);
    assertThat(doc.format()).isEqualTo(extension);
    assertThat(doc.text()).contains("cœur de ville", "l’activité physique des sœurs",
        "Crédits reçus");
    assertThat(doc.text()).contains("cœur de ville\n\nPromouvoir");
  }

  @Test
  void secondExtractionOfTheSameFileIsFast() throws IOException {
    Path file = sample(SampleFormat.DOCX, "rapide.docx");
    extractor.extract(file);
    long start = System.nanoTime();
    extracted(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("warm extraction of a small docx, ms").isLessThan(1_000);
  }
}
