package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ExtractionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF text path through poppler against the PDFBox path: same pages (the « p. 12 » links and
 * sections depend on them), nearly the same words on each page, the same outcome but for the one
 * known PDF without Unicode maps; a pdftotext that hangs is killed by the parse guard, one that
 * fails hands the file to PDFBox; and the path is off unless switched on.
 */
class PopplerPdfTextTest {

  @Test
  void formFeedsEndPagesAndBlankLineRunsBecomeOne() {
    assertThat(PopplerPdfText.pages("un\n\n\n\ndeux  \n\ftrois\f\f")).containsExactly(
        "un\n\ndeux", "trois", "");
    assertThat(PopplerPdfText.pages("sans saut de page")).containsExactly("sans saut de page");
    assertThat(PopplerPdfText.pages("")).containsExactly("");
  }

  @Test
  void pdfinfoFieldsAreReadByName() {
    List<String> info = List.of("Title:           Contrat local de santé", "Author:   ",
        "CreationDate:    2015-04-24T14:33:47+02");
    assertThat(PopplerPdfText.field(info, "Title")).contains("Contrat local de santé");
    assertThat(PopplerPdfText.field(info, "Author")).isEmpty();
    assertThat(PopplerPdfText.field(info, "CreationDate")).contains("2015-04-24T14:33:47+02");
  }

  @Test
  void everySharedPdfHasTheSamePagesBothWays() throws IOException {
    Optional<PopplerPdfText> poppler = PopplerPdfText.installed();
    assumeTrue(poppler.isPresent(), "pdftotext and pdfinfo absent (apt-get install poppler-utils)");
    List<Path> pdfs = sharedPdfs();
    assumeTrue(!pdfs.isEmpty(), "shared corpus absent: " + SharedCorpus.root());
    ExtractionSettings settings = ExtractionSettings.defaults();
    int compared = 0;
    int mismatches = 0;
    try (TikaExtractor fast = new TikaExtractor(settings, List.of(), poppler);
        TikaExtractor pdfbox = new TikaExtractor(settings, List.of(), Optional.empty())) {
      assertThat(fast.readsPdfWithPoppler()).isTrue();
      for (Path pdf : pdfs) {
        Extraction a = fast.extract(pdf);
        Extraction b = pdfbox.extract(pdf);
        if (!outcome(a).equals(outcome(b))) {
          // Known: a PDF whose fonts lack a Unicode map gives pdftotext readable-looking junk.
          System.out.println("pdftotext " + outcome(a) + ", PDFBox " + outcome(b) + ": " + pdf);
          mismatches++;
        }
        if (a instanceof Extraction.Extracted x && b instanceof Extraction.Extracted y) {
          List<String> pagesA = x.document().pages();
          List<String> pagesB = y.document().pages();
          assertThat(pagesA).as("pages of " + pdf).hasSameSizeAs(pagesB);
          for (int i = 0; i < pagesB.size(); i++) {
            Set<String> wordsB = words(pagesB.get(i));
            if (wordsB.size() < 20) {
              continue; // a near-empty page: too few words for a share to mean anything
            }
            Set<String> common = new HashSet<>(words(pagesA.get(i)));
            common.retainAll(wordsB);
            assertThat((double) common.size() / wordsB.size())
                .as("share of PDFBox's words that pdftotext finds on page %d of %s", i + 1, pdf)
                .isGreaterThan(0.7); // tables split words differently; a page shift gives ~0
          }
          assertThat(x.document().paged()).isTrue();
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(10);
    assertThat(mismatches).as("outcomes that differ").isLessThanOrEqualTo(1);
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
        Optional.of(new PopplerPdfText(fake, fake)))) {
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
        Optional.of(new PopplerPdfText(failing, failing)))) {
      assertThat(extractor.extract(pdf)).isInstanceOfSatisfying(Extraction.Extracted.class,
          ok -> assertThat(ok.document().pages()).singleElement().asString()
              .contains("Bonjour le monde"));
    }
  }

  @Test
  void pdftotextIsOffUnlessSwitchedOn() {
    assumeTrue(System.getProperty(PopplerPdfText.SWITCH) == null, "switch set for this run");
    assertThat(PopplerPdfText.find()).isEmpty();
    assertThat(new TikaExtractor(ExtractionSettings.defaults()).readsPdfWithPoppler()).isFalse();
  }

  private static String outcome(Extraction e) {
    return switch (e) {
      case Extraction.Extracted ok -> "extracted";
      case Extraction.Rejected no -> no.outcome().name();
    };
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    return words;
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
