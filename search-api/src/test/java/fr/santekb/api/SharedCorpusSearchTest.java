package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over the shared real corpus ({@code ../shared/corpus/seeds} and {@code documents}),
 * indexed once for the class. Skipped when the shared folder is absent.
 */
class SharedCorpusSearchTest {
  static final Path SHARED = Path.of(System.getProperty("santekb.root", "."))
      .resolve("../shared/corpus").normalize();
  static final Path SEEDS = SHARED.resolve("seeds");
  static final Path DOCUMENTS = SHARED.resolve("documents");
  /** The seeds whose text speaks of santé mentale (000: CLS Marseille, 001: OSCARS record of
   *  the CLS Pays de Martigues, 003: the ARS page on CLS). */
  static final List<String> SANTE_MENTALE_SEEDS = List.of("000_8c19fce57eb3e8e4.txt",
      "001_8c494b508d96c8f9.txt", "003_3dc2d6b04dfac7bf.txt");
  static final String SEED_001 = "001_8c494b508d96c8f9.txt";

  @TempDir static Path tmp;
  static SearchServer server;
  static Http http;

  @BeforeAll
  static void indexAndServe() throws IOException {
    server = SharedCorpusServer.start(tmp, List.of(SEEDS, DOCUMENTS));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theQualityFilterKeepsTheDocumentsOfItsLevelAndTheViewGivesTheParts() {
    JsonNode all = http.json("/api/search", "size", "100");
    JsonNode poor = http.json("/api/search", "quality", "faible", "size", "100");
    int counted = 0;
    for (JsonNode v : all.get("facets").get("quality")) {
      counted += v.get("count").asInt();
    }
    assertThat(counted).as("every document has one level").isEqualTo(all.get("total").asInt());
    List<String> poorPaths = new ArrayList<>();
    poor.get("hits").forEach(h -> {
      poorPaths.add(h.get("path").asText());
      JsonNode view = http.json("/api/documents/" + h.get("id").asText());
      assertThat(view.get("quality").get("level").asText()).isEqualTo("faible");
      assertThat(view.get("quality").get("score").asDouble()).isLessThan(0.65);
    });
    assertThat(poorPaths).contains("betagouv__sante-psy/static/documents/flyer_student_ar.pdf");

    JsonNode seed002 = http.json("/api/documents/" + idOf(all, "002_844f7aa47c6409c5.txt"))
        .get("quality");
    assertThat(seed002.get("repairs").get("encoding").asInt()).isGreaterThan(20);
    assertThat(seed002.get("repairCount").asInt())
        .isGreaterThanOrEqualTo(seed002.get("repairs").get("encoding").asInt());
    assertThat(seed002.get("level").asText()).isEqualTo("bonne");
  }

  private static String idOf(JsonNode response, String path) {
    for (JsonNode h : response.get("hits")) {
      if (h.get("path").asText().equals(path)) {
        return h.get("id").asText();
      }
    }
    throw new AssertionError(path + " not among the hits");
  }

  private static List<String> topPaths(String q, int n) {
    List<String> out = new ArrayList<>();
    http.json("/api/search", "q", q, "size", Integer.toString(n)).get("hits")
        .forEach(h -> out.add(h.get("path").asText()));
    return out;
  }

  @Test
  void santeMentaleRanksTheSeedsAboutItFirst() {
    List<String> top = topPaths("santé mentale", SANTE_MENTALE_SEEDS.size());
    assertThat(top).containsExactlyInAnyOrderElementsOf(SANTE_MENTALE_SEEDS);
  }

  @Test
  void anAliasOfARecognisedPartnerFindsTheDocumentsNamingItOtherwise() {
    // Seed 001 writes « ATMO Sud »; « AtmoSud » is the same partner's other spelling.
    assertThat(topPaths("AtmoSud", 3)).anyMatch(p -> p.endsWith(SEED_001));
  }

  @Test
  void theQueryWithoutAccentsGivesTheSameTopResults() {
    assertThat(topPaths("sante mentale", 10)).isEqualTo(topPaths("santé mentale", 10));
    assertThat(topPaths("SANTE MENTALE", 10)).isEqualTo(topPaths("santé mentale", 10));
  }

  @Test
  void theOscarsRecordOfSeed001CarriesItsPartnersAndCommunesAsFacets() {
    JsonNode hits = http.json("/api/search", "q", "Pays de Martigues", "size", "20").get("hits");
    JsonNode seed = null;
    for (JsonNode h : hits) {
      if (h.get("path").asText().equals(SEED_001)) {
        seed = h;
      }
    }
    assertThat(seed).as("seed 001 among the hits").isNotNull();
    JsonNode doc = http.json("/api/documents/" + seed.get("id").asText());
    List<String> partners = new ArrayList<>();
    doc.get("facets").path("partner").forEach(p -> partners.add(p.get("value").asText()));
    // The record lists 37 partners; every one resolves to a vocabulary entry (some share one).
    assertThat(partners).hasSizeGreaterThanOrEqualTo(30).contains("atmo-sud", "ors");
    List<String> communes = new ArrayList<>();
    doc.get("facets").path("commune").forEach(c -> communes.add(c.get("value").asText()));
    assertThat(communes).containsExactlyInAnyOrder("13056", "13077", "13098");
    assertThat(doc.get("actionRecord").isObject()).isTrue();
    assertThat(seed.get("facets").path("commune").size()).isEqualTo(communes.size());
  }

  @Test
  void aFilterOnAFacetOfSeed001FindsIt() {
    JsonNode r = http.json("/api/search", "commune", "13056", "size", "50");
    List<String> paths = new ArrayList<>();
    r.get("hits").forEach(h -> paths.add(h.get("path").asText()));
    assertThat(paths).contains(SEED_001);
  }

  // The examples of the relevance issue, as a new user typed them.

  private static JsonNode search(String q, String... more) {
    String[] params = new String[more.length + 2];
    params[0] = "q";
    params[1] = q;
    System.arraycopy(more, 0, params, 2, more.length);
    return http.json("/api/search", params);
  }

  @Test
  void questionsFindTheDocumentsThatAnswerThem() {
    assertThat(topPaths("quels sont les objectifs du contrat local de santé de Marseille ?", 3))
        .contains("000_8c19fce57eb3e8e4.txt");
    assertThat(topPaths("comment devenir psychologue partenaire santé psy étudiant", 3))
        .contains("betagouv__sante-psy/static/documents/parcours_psychologue_sante_psy_etudiant.pdf");
    assertThat(topPaths("qu’est-ce qu’un atelier santé ville", 1))
        .containsExactly("004_34e7f213e59bcc7b.txt");
    assertThat(topPaths("liste des CLS en région PACA", 3)).contains("003_3dc2d6b04dfac7bf.txt");
  }

  @Test
  void aRégionFindsItsOtherNamesAndTheFormerRégionsItMerged() {
    // No document says « Grand Est »; these two (read) speak of Alsace and Lorraine, which it
    // merged, and the map of Alsace's emergency services is titled by its name (« offre soins
    // alsace »).
    assertThat(topPaths("Grand Est", 7)).contains(
        "jcrb__InformatisationSU/Septembre2015/septembre2015.pdf",
        "jcrb__Trame_Commune/DOC/CompterenduConf-calltechniqueFEDORU15092015.odt",
        "jcrb__Trame_Commune/offre_soins_alsace.pdf");
    JsonNode grandEst = search("Grand Est", "size", "6");
    assertThat(grandEst.get("hits").get(0).toString()).containsIgnoringCase("<mark>alsace</mark>");
    // « région Sud » is PACA: the method note analyses « la région PACA ».
    assertThat(topPaths("région Sud", 3)).anyMatch(p -> p.endsWith("Taux de recours aux urgences.odt.docx")
        || p.endsWith("panorama inter region V1 trame commune 2014.odt"));
  }

  @Test
  void typosStillFindTheDocumentsAndProposeTheFix() {
    JsonNode variole = search("vaccinaton contre la variole", "size", "5");
    assertThat(variole.get("didYouMean").asText()).isEqualTo("vaccination contre la variole");
    assertThat(topPaths("vaccinaton contre la variole", 5)).contains(
        "jcrb__Sagec/docs/plan_biotox/fiche1.pdf", "jcrb__Sagec/docs/plan_biotox/fiche7.pdf");
    JsonNode psy = search("hopital psychiatrque");
    assertThat(psy.get("didYouMean").asText()).isEqualTo("hopital psychiatrique");
    assertThat(topPaths("hopital psychiatrque", 1)).containsExactly(
        "jcrb__RPU_Doc/RPU National V2006.pdf");
  }

  @Test
  void aQueryThatMatchesNothingIsAnsweredWithItsCorrection() {
    JsonNode r = search("\"plan blan\"");
    assertThat(r.get("correctedQuery").asText()).isEqualTo("\"plan blanc\"");
    assertThat(r.get("total").asLong()).isPositive();
    assertThat(r.get("hits").get(0).get("snippets").toString()).contains("<mark>plan blanc</mark>");
    JsonNode exact = search("\"plan blan\"", "correct", "false");
    assertThat(exact.get("total").asLong()).isZero();
    assertThat(exact.get("correctedQuery").isNull()).isTrue();
    assertThat(exact.get("didYouMean").asText()).isEqualTo("\"plan blanc\"");
  }

  @Test
  void correctWordsGetNoCorrection() {
    for (String q : List.of("personne âgée", "étudiante", "CPAM", "santé mentale")) {
      assertThat(search(q).get("didYouMean").isNull()).as(q).isTrue();
    }
    assertThat(search("plan blan").get("didYouMean").asText()).isEqualTo("plan blanc");
  }

  @Test
  void anAccentSentAsACombiningMarkFindsWhatThePrecomposedOneFinds() {
    assertThat(topPaths("sante\u0301 mentale", 10)).isEqualTo(topPaths("santé mentale", 10));
    assertThat(topPaths("l' hôpital", 10)).isEqualTo(topPaths("l'hôpital", 10));
  }

  @Test
  void santeMentaleSnippetsShowBothWordsWhereTheDocumentSaysThem() {
    for (JsonNode hit : search("santé mentale", "size", "3").get("hits")) {
      assertThat(hit.get("snippets").get(0).get("text").asText().toLowerCase(Locale.ROOT))
          .as(hit.get("path").asText()).contains("mentale</mark>");
    }
  }

  @Test
  void conseilDepartementalRanksTheDocumentsWithThePhraseFirst() {
    assertThat(topPaths("Conseil départemental", 2)).containsExactlyInAnyOrder(
        "000_8c19fce57eb3e8e4.txt", "003_3dc2d6b04dfac7bf.txt");
  }

  @Test
  void anExpansionFindsTheDocumentThatUsesTheAcronym() {
    // Seed 001 says « CPTS », never the words.
    assertThat(topPaths("communauté professionnelle territoriale de santé", 3))
        .contains(SEED_001);
    assertThat(topPaths("atelier santé ville", 3)).contains("004_34e7f213e59bcc7b.txt");
  }

  @Test
  void clsPacaFindsTheContractsOfProvenceAlpesCoteDAzur() {
    assertThat(topPaths("CLS PACA", 4)).contains("000_8c19fce57eb3e8e4.txt",
        "001_8c494b508d96c8f9.txt", "003_3dc2d6b04dfac7bf.txt");
  }

  @Test
  void oneSheetInFourFormatsIsOneHitWithItsFormats() {
    JsonNode hits = search("Wissembourg", "size", "10").get("hits");
    List<String> sheets = new ArrayList<>();
    JsonNode sheet = null;
    for (JsonNode h : hits) {
      if (h.get("path").asText().contains("chiffres_cles_wis")) {
        sheets.add(h.get("path").asText());
        sheet = h;
      }
    }
    assertThat(sheets).hasSize(1);
    List<String> formats = new ArrayList<>();
    sheet.get("formats").forEach(f -> formats.add(f.get("format").asText()));
    assertThat(formats).containsExactlyInAnyOrder("PDF", "DOCX", "ODT", "HTML");
    assertThat(sheet.get("formats").get(0).get("id").asText()).isEqualTo(sheet.get("id").asText());
  }
}
