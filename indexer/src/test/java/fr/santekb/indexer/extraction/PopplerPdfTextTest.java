package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.config.ExtractionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF text path through poppler against the PDFBox path: same pages (the « p. 12 » links and
 * sections depend on them), the same outcome on every PDF, nearly the same words on each page and,
 * where both read the same characters in the same order, mostly the same paragraphs; a pdftotext
 * that hangs is killed by the parse guard, one that fails hands the file to PDFBox; and the choice
 * between the two is read from {@value PdfTextChoice#PROPERTY}.
 */
class PopplerPdfTextTest {

  @Test
  void thePropertyChoosesThePathAndAWrongValueIsRefusedByName() {
    assertThat(PdfTextChoice.mode(null)).as("PDFBox by default").isEqualTo(PdfTextChoice.Mode.OFF);
    assertThat(PdfTextChoice.mode(" ")).isEqualTo(PdfTextChoice.Mode.OFF);
    assertThat(PdfTextChoice.mode(" Auto ")).isEqualTo(PdfTextChoice.Mode.AUTO);
    assertThat(PdfTextChoice.mode("off")).isEqualTo(PdfTextChoice.Mode.OFF);
    assertThat(PdfTextChoice.mode("ON")).isEqualTo(PdfTextChoice.Mode.ON);
    assertThatExceptionOfType(ConfigException.class).isThrownBy(() -> PdfTextChoice.mode("oui"))
        .withMessageContaining(PdfTextChoice.PROPERTY).withMessageContaining("oui");
  }

  @Test
  void thisRunReadsPdfsAsThePropertySays() {
    String property = System.getProperty(PdfTextChoice.PROPERTY, "off");
    boolean installed = PopplerPdfText.installed().isPresent();
    boolean expected = !"off".equals(property) && !property.isBlank() && installed;
    System.out.println("PDF text in this run: " + (expected ? "pdftotext" : "PDFBox")
        + (installed ? "" : " (pdftotext not installed: apt-get install poppler-utils)"));
    try (TikaExtractor extractor = new TikaExtractor(ExtractionSettings.defaults())) {
      assertThat(extractor.readsPdfWithPoppler()).isEqualTo(expected);
    }
    try (TikaExtractor ocr = new TikaExtractor(ocrOn())) {
      assertThat(ocr.readsPdfWithPoppler()).as("OCR needs PDFBox's page images").isFalse();
    }
  }

  @Test
  void theFingerprintNamesThePdfPathSoACacheIsNotSharedBetweenThem() {
    String fingerprint = ExtractionFingerprint.of(ExtractionSettings.defaults());
    String ocr = ExtractionFingerprint.of(ocrOn());
    assertThat(ocr).endsWith("pdf text: PDFBox");
    if (new TikaExtractor(ExtractionSettings.defaults()).readsPdfWithPoppler()) {
      assertThat(fingerprint).contains("pdf text: pdftotext version");
    } else {
      assertThat(fingerprint).endsWith("pdf text: PDFBox");
    }
  }

  @Test
  void wordsMakeLinesAndADropOrAnIndentStartsAParagraph() {
    String xhtml = """
        <html><head><title>Contrat local de sant&#233; &amp; CLS</title>
        <meta name="CreationDate" content="2015-04-24T14:33:47+02"/>
        </head><body><doc>
          <page width="595" height="842">
            <word xMin="50" yMin="100" xMax="60" yMax="116">S</word>
            <word xMin="60.2" yMin="102" xMax="120" yMax="116">ociété</word>
            <word xMin="124" yMin="102" xMax="160" yMax="116">l&apos;eau</word>
            <word xMin="50" yMin="140" xMax="90" yMax="151">Premier</word>
            <word xMin="93" yMin="140" xMax="140" yMax="151">paragraphe,</word>
            <word xMin="50" yMin="153" xMax="90" yMax="164">suite.</word>
            <word xMin="70" yMin="166" xMax="110" yMax="177">Alinéa</word>
            <word xMin="50" yMin="179" xMax="90" yMax="190">suite.</word>
            <word xMin="50" yMin="210" xMax="90" yMax="221">Second.</word>
          </page>
          <page width="595" height="842"></page>
          <page width="595" height="842">
            <word xMin="50" yMin="100" xMax="60" yMax="111">fin</word></page>
        </doc></body></html>
        """;
    PdfLayoutText.Layout layout = PdfLayoutText.parse(xhtml);
    assertThat(layout.pages()).containsExactly("Société l'eau\n\nPremier paragraphe,\nsuite."
        + "\n\nAlinéa\nsuite.\n\nSecond.", "", "fin");
    assertThat(layout.title()).contains("Contrat local de santé & CLS");
    assertThat(layout.created()).contains("2015-04-24T14:33:47+02");
    assertThat(layout.modified()).isEmpty();
    assertThat(PdfLayoutText.parse("").pages()).containsExactly("");
  }

  @Test
  void anArabicLineIsReadFromTheRight() {
    String xhtml = """
        <page width="595" height="842">
          <word xMin="50" yMin="100" xMax="80" yMax="112">نم</word>
          <word xMin="84" yMin="100" xMax="120" yMax="112">بلط</word>
        </page>""";
    assertThat(PdfLayoutText.parse(xhtml).pages())
        .containsExactly("طلب من");
  }

  /**
   * Every PDF of the shared corpus both ways. Exact: the outcome, the number of pages. Measured
   * tolerance, the figures measured on 30 November 2026 in brackets. Both read a page in the order
   * of its content stream (pdftotext with {@code -raw}); they still differ where PDFBox and poppler
   * split lines or words otherwise (table cells, overlapping text, glyphs without a Unicode map),
   * and the cleaning's duplicate remover, which reads lines in order, then drops other repeated
   * lines. So: on each page of 20 distinct words or more, before cleaning, at least 70 % of
   * PDFBox's distinct words; over the corpus after cleaning, at least 95 % of PDFBox's words
   * (98.8 %); at least 300 pages whose cleaned text is the same characters in the same order both
   * ways, whitespace aside (389 of 421), and at least 40 % of those with exactly the same
   * paragraphs (198, 51 %: PDFBox measures spaces and line heights from the fonts, this path
   * from the word boxes); and at least 60 % of PDFBox's cleaned text in paragraphs that pdftotext
   * gives identically (74.2 %).
   */
  @Test
  void everySharedPdfHasTheSameOutcomePagesAndNearlyTheSameParagraphsBothWays()
      throws IOException {
    Optional<PopplerPdfText> poppler = PopplerPdfText.installed();
    assumeTrue(poppler.isPresent(), "pdftotext absent (apt-get install poppler-utils)");
    List<Path> pdfs = sharedPdfs();
    assumeTrue(!pdfs.isEmpty(), "shared corpus absent: " + SharedCorpus.root());
    ExtractionSettings settings = ExtractionSettings.defaults();
    TextCleaner cleaner = TextCleaner.standard();
    int compared = 0;
    long words = 0;
    long wordsFound = 0;
    int sameTextPages = 0;
    int sameParagraphPages = 0;
    long pdfboxChars = 0;
    long charsInSameParagraphs = 0;
    try (TikaExtractor fast = new TikaExtractor(settings, List.of(), poppler);
        TikaExtractor pdfbox = new TikaExtractor(settings, List.of(), Optional.empty())) {
      assertThat(fast.readsPdfWithPoppler()).isTrue();
      assertThat(pdfbox.readsPdfWithPoppler()).isFalse();
      for (Path pdf : pdfs) {
        Extraction a = fast.extract(pdf);
        Extraction b = pdfbox.extract(pdf);
        assertThat(outcome(a)).as("outcome of %s (pdftotext, then PDFBox)", pdf)
            .isEqualTo(outcome(b));
        if (a instanceof Extraction.Extracted x && b instanceof Extraction.Extracted y) {
          List<String> pagesA = cleaner.clean(x.document().pages());
          List<String> pagesB = cleaner.clean(y.document().pages());
          assertThat(pagesA).as("pages of " + pdf).hasSameSizeAs(pagesB);
          for (int i = 0; i < pagesB.size(); i++) {
            List<String> wordsB = wordList(pagesB.get(i));
            Map<String, Integer> left = counts(wordList(pagesA.get(i)));
            int found = 0;
            for (String w : wordsB) {
              if (left.merge(w, -1, Integer::sum) >= 0) {
                found++;
              }
            }
            words += wordsB.size();
            wordsFound += found;
            // Per page, before cleaning: the duplicate remover reads lines in order, so a table
            // read in another order loses other repeated lines.
            Set<String> distinctB = new HashSet<>(wordList(y.document().pages().get(i)));
            if (distinctB.size() >= 20) {
              Set<String> common = new HashSet<>(wordList(x.document().pages().get(i)));
              common.retainAll(distinctB);
              assertThat((double) common.size() / distinctB.size())
                  .as("share of PDFBox's distinct words that pdftotext finds on page %d of %s",
                      i + 1, pdf)
                  .isGreaterThan(0.7); // a page shift gives about 0
            }
            List<String> parasA = paragraphs(pagesA.get(i));
            List<String> parasB = paragraphs(pagesB.get(i));
            Map<String, Integer> mine = counts(parasA);
            for (String p : parasB) {
              pdfboxChars += p.length();
              if (mine.merge(p, -1, Integer::sum) >= 0) {
                charsInSameParagraphs += p.length();
              }
            }
            if (noSpace(pagesA.get(i)).equals(noSpace(pagesB.get(i)))) {
              sameTextPages++;
              sameParagraphPages += parasA.equals(parasB) ? 1 : 0;
            }
          }
          assertThat(x.document().paged()).isTrue();
          compared++;
        }
      }
    }
    double wordShare = (double) wordsFound / words;
    double sameParagraphShare = (double) sameParagraphPages / sameTextPages;
    double charShare = (double) charsInSameParagraphs / pdfboxChars;
    System.out.printf(Locale.ROOT, "pdftotext against PDFBox over %d PDFs: %.3f of PDFBox's words;"
            + " %d of %d pages with the same text have the same paragraphs (%.3f); %.3f of"
            + " PDFBox's text in identical paragraphs%n", compared, wordShare, sameParagraphPages,
        sameTextPages, sameParagraphShare, charShare);
    assertThat(compared).isGreaterThan(10);
    assertThat(wordShare).isGreaterThan(0.95);
    assertThat(sameTextPages).isGreaterThan(300);
    assertThat(sameParagraphShare).isGreaterThan(0.4);
    assertThat(charShare).isGreaterThan(0.6);
  }

  @Test
  void aHangingPdftotextIsKilledAndTheFileReportedAsTimeout(@TempDir Path tmp) throws Exception {
    Path pidFile = tmp.resolve("pid");
    Path fake = tmp.resolve("pdftotext");
    Files.writeString(fake, "#!/bin/sh\necho $$ > '" + pidFile + "'\nexec sleep 60\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    Path pdf = Files.write(tmp.resolve("slow.pdf"), minimalPdf());
    ExtractionSettings settings = ExtractionSettings.defaults()
        .withParseLimits(Duration.ofMillis(1500), 0);
    try (TikaExtractor extractor = new TikaExtractor(settings, List.of(),
        Optional.of(new PopplerPdfText(fake)))) {
      Extraction result = extractor.extract(pdf);
      assertThat(result).isInstanceOfSatisfying(Extraction.Rejected.class,
          r -> assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT));
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("the pdftotext process is killed").isFalse();
  }

  @Test
  void aPdfPopplerCannotReadFallsBackToPdfbox(@TempDir Path tmp) throws Exception {
    Path failing = tmp.resolve("pdftotext");
    Files.writeString(failing, "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwx------"));
    Path pdf = Files.write(tmp.resolve("one.pdf"), minimalPdf());
    try (TikaExtractor extractor = new TikaExtractor(ExtractionSettings.defaults(), List.of(),
        Optional.of(new PopplerPdfText(failing)))) {
      assertThat(extractor.extract(pdf)).isInstanceOfSatisfying(Extraction.Extracted.class,
          ok -> assertThat(ok.document().pages()).singleElement().asString()
              .contains("Bonjour le monde"));
    }
  }

  private static ExtractionSettings ocrOn() {
    ExtractionSettings d = ExtractionSettings.defaults();
    return new ExtractionSettings(d.maxCharsPerDocument(), d.writeLimit(), d.maxFileBytes(),
        d.maxCompressionRatio(), d.maxPackageDepth(), true, d.ocrLanguage());
  }

  private static String outcome(Extraction e) {
    return switch (e) {
      case Extraction.Extracted ok -> "extracted";
      case Extraction.Rejected no -> no.outcome().name();
    };
  }

  private static List<String> wordList(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    return words;
  }

  private static Map<String, Integer> counts(List<String> items) {
    Map<String, Integer> counts = new HashMap<>();
    items.forEach(i -> counts.merge(i, 1, Integer::sum));
    return counts;
  }

  /** The paragraphs of a cleaned page, each with its whitespace collapsed. */
  private static List<String> paragraphs(String page) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : page.split("\n[ \t]*\n")) {
      String collapsed = p.strip().replaceAll("\\s+", " ");
      if (!collapsed.isEmpty()) {
        paragraphs.add(collapsed);
      }
    }
    return paragraphs;
  }

  private static String noSpace(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static List<Path> sharedPdfs() throws IOException {
    List<Path> pdfs = new ArrayList<>();
    for (String folder : List.of("documents", "contracts")) {
      Path dir = SharedCorpus.root().resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
              .sorted().forEach(pdfs::add);
        }
      }
    }
    return pdfs;
  }

  /** A one-page PDF with the text "Bonjour le monde" (offsets need not be exact for PDFBox). */
  private static byte[] minimalPdf() {
    String pdf = "%PDF-1.4\n"
        + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Contents 4 0 R"
        + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        + "4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 20 100 Td (Bonjour le monde) Tj ET\n"
        + "endstream endobj\n"
        + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
