package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two image-only scans of the shared corpus: empty without OCR, searchable with it. Skipped,
 * with the reason, where tesseract and its French data are not installed ({@code ./santekb test}
 * installs Debian's tesseract-ocr and tesseract-ocr-fra when it can).
 */
class OcrSharedCorpusTest {
  static final String SCANS = "jcrb__Sagec/docs/pma_noel";
  static final String FUSTEL = SCANS + "/7_PMA_Fustel.pdf";
  static final String SOFITEL = SCANS + "/1-PMA SOFITEL MARCHE NOEL0001.pdf";
  /** The image-only scan of the CLS Sud Charente 2019-2023 (22 pages), under corpus/. */
  static final String SUD_CHARENTE = "contracts/JReis23__psc-revisite-chloe/CLS Charente 2018 - 2023.pdf";

  @BeforeAll
  static void needTesseractWithFrench() {
    assumeTrue(tesseractLanguages().contains("fra"),
        "tesseract with French data is not installed (apt-get install tesseract-ocr-fra)");
  }

  private static String tesseractLanguages() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true)
          .start();
      try (InputStream out = p.getInputStream()) {
        String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : "";
      }
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static ExtractionSettings withOcr(boolean ocr) {
    ExtractionSettings d = ExtractionSettings.defaults();
    return new ExtractionSettings(d.maxCharsPerDocument(), d.writeLimit(), d.maxFileBytes(),
        d.maxCompressionRatio(), d.maxPackageDepth(), ocr, "fra");
  }

  @Test
  void withoutOcrTheScansAreEmptyWithOcrTheyHaveTheirText() {
    try (TikaExtractor plain = new TikaExtractor(withOcr(false));
        TikaExtractor ocr = new TikaExtractor(withOcr(true))) {
      for (String scan : List.of(FUSTEL, SOFITEL)) {
        Path file = SharedCorpus.document(scan);
        assertThat(plain.extract(file)).as(scan).isInstanceOf(Extraction.Rejected.class);
        Extraction read = ocr.extract(file);
        assertThat(read).as(scan).isInstanceOf(Extraction.Extracted.class);
        assertThat(((Extraction.Extracted) read).document().text()).as(scan)
            .contains("PMA", "Bâtiment pour PMA");
      }
      Extraction fustel = ocr.extract(SharedCorpus.document(FUSTEL));
      assertThat(((Extraction.Extracted) fustel).document().text()).contains("Fustel");
    }
  }

  @Test
  void withOcrTheScansAreSearchable(@TempDir Path tmp) throws IOException {
    Path folder = SharedCorpus.document(FUSTEL).getParent();
    SantekbConfig defaults = ConfigLoader.load(ConfigLoader.locate(null));
    SantekbConfig config = new SantekbConfig(defaults.configDir(), withOcr(true));
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(config)) {
      c.runner(1).run(List.of(folder), index, false, total -> new ProgressBar(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false,
          total));
    }
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(reader.numDocs()).isEqualTo(2);
      assertThat(searcher.count(new TermQuery(new Term(Fields.BODY_EXACT, "fustel"))))
          .isEqualTo(1);
      assertThat(searcher.count(new TermQuery(new Term(Fields.BODY_EXACT, "pma")))).isEqualTo(2);
    }
  }

  @Test
  void withOcrTheScannedSudCharenteContractIsSearchableWithItsPeriod(@TempDir Path tmp)
      throws IOException {
    Path scan = SharedCorpus.root().resolve(SUD_CHARENTE);
    assumeTrue(Files.isRegularFile(scan), "shared corpus file absent: " + scan);
    Path folder = Files.createDirectories(tmp.resolve("contracts"));
    Files.copy(scan, folder.resolve(scan.getFileName().toString())); // read in a temp folder
    SantekbConfig defaults = ConfigLoader.load(ConfigLoader.locate(null));
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(new SantekbConfig(defaults.configDir(),
        withOcr(true)))) {
      c.runner(1).run(List.of(folder), index, false, total -> new ProgressBar(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false,
          total));
    }
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(searcher.count(new TermQuery(new Term(Fields.BODY_EXACT, "charente"))))
          .isEqualTo(1);
      Document d = searcher.storedFields().document(0);
      assertThat(d.getField(Fields.PERIOD_FROM).numericValue().intValue()).isEqualTo(2019);
      assertThat(d.getField(Fields.PERIOD_TO).numericValue().intValue()).isEqualTo(2023);
      assertThat(d.getValues(Fields.storedFacet(FacetName.SIGNATORY))).contains("ars");
    }
  }
}
