package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.enrichment.Enrichment;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One content saved in several formats gets the same metadata through the whole pipeline (Tika,
 * cleaning, enrichment), whatever the files' own dates say. Real files of {@code ../shared/corpus};
 * skipped when it is absent.
 */
class SameContentSameMetadataTest {
  private static final String INVOICE =
      "documents/betagouv__sante-psy/static/documents/modele-facturation-sante-psy-etudiant-50.";
  private static final Path CORPUS = Path.of(System.getProperty("santekb.root", "."))
      .toAbsolutePath().resolve("../shared/corpus").normalize();
  private static IndexingComponents components;

  @BeforeAll
  static void start() throws IOException {
    components = new IndexingComponents(ConfigLoader.load(ConfigLoader.locate(null)));
  }

  @AfterAll
  static void stop() throws IOException {
    components.close();
  }

  /** Each format of one content read through the pipeline, in the order given. */
  private static Map<String, Reading.Read> read(String stem, String... formats) throws IOException {
    Map<String, Reading.Read> reads = new LinkedHashMap<>();
    for (String format : formats) {
      Path file = CORPUS.resolve(stem + format);
      assumeTrue(Files.isRegularFile(file), "shared corpus file absent: " + file);
      Reading reading = components.pipeline().read(file);
      assertThat(reading).as(format).isInstanceOf(Reading.Read.class);
      reads.put(format, (Reading.Read) reading);
    }
    return reads;
  }

  private static Set<String> values(Enrichment enrichment, FacetName facet) {
    return enrichment.facets().getOrDefault(facet, Set.of());
  }

  @Test
  void theFedoruReportGetsTheSamePlacesAsPdfAndAsWebPageForTheNamesBothSay() throws IOException {
    // The web page is a shorter version (half the text): it never names Saint-Louis (68297), and
    // writes « CH haguenau » (67180) in lower case, which the matcher takes for a common word as
    // it does every lower-case name (a known limit). Every other place must come out of both.
    Map<String, Reading.Read> reads =
        read("documents/jcrb__Trame_Commune/RAPPORT 2014 - FEDORU V4/rapport2014_V4.", "pdf",
            "html");
    Enrichment pdf = reads.get("pdf").enrichment();
    Enrichment html = reads.get("html").enrichment();
    String htmlText = reads.get("html").cleaned().text().toLowerCase(Locale.ROOT);
    assertThat(htmlText).doesNotContain("saint-louis", "saint−louis");
    assertThat(reads.get("html").cleaned().text()).contains("CH haguenau")
        .doesNotContain("Haguenau");
    Set<String> pdfOnly = Set.of("67180", "68297");
    assertThat(values(pdf, FacetName.COMMUNE)).containsAll(pdfOnly).hasSizeGreaterThan(5);
    Set<String> inBoth = new TreeSet<>(values(pdf, FacetName.COMMUNE));
    inBoth.removeAll(pdfOnly);
    assertThat(new TreeSet<>(values(html, FacetName.COMMUNE))).isEqualTo(inBoth);
    for (FacetName facet : List.of(FacetName.DEPARTEMENT, FacetName.REGION)) {
      assertThat(values(html, facet)).as(facet.name()).isEqualTo(values(pdf, facet));
    }
  }

  @Test
  void theWissembourgKeyFiguresGetTheSamePlacesAndYearInTheirFourFormats() throws IOException {
    Map<String, Reading.Read> reads = read(
        "documents/jcrb__Trame_Commune/Chiffres_cles/2015/chiffres_cles_wis.", "pdf", "docx",
        "odt", "html");
    Enrichment pdf = reads.get("pdf").enrichment();
    assertThat(values(pdf, FacetName.COMMUNE)).contains("67544"); // Wissembourg
    for (Map.Entry<String, Reading.Read> e : reads.entrySet()) {
      Enrichment other = e.getValue().enrichment();
      assertThat(values(other, FacetName.COMMUNE)).as(e.getKey())
          .isEqualTo(values(pdf, FacetName.COMMUNE));
      assertThat(other.year()).as(e.getKey()).isEqualTo(pdf.year());
    }
  }

  @Test
  void theInvoiceModelIsOf2024InItsThreeFormats() throws IOException {
    // The three files were created in 2021 (docx), 2024 (odt) and 2025 (pdf); the text bills
    // sessions of January 2024.
    for (Map.Entry<String, Reading.Read> e : read(INVOICE, "docx", "odt", "pdf").entrySet()) {
      assertThat(e.getValue().enrichment().year()).as(e.getKey()).isEqualTo(Optional.of(2024));
      assertThat(e.getValue().cleaned().title()).as(e.getKey()).isEqualTo("Modèle de facture");
    }
  }
}
