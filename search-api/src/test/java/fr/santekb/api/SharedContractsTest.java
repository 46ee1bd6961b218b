package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contracts as structured objects over the real contracts of {@code ../shared/corpus/contracts}
 * and the seeds (OCR off: the scanned Sud Charente contract is covered by the indexer's OCR test).
 * Skipped when the shared corpus is absent.
 */
class SharedContractsTest {
  static final Path CONTRACTS = SharedCorpusSearchTest.SHARED.resolve("contracts");
  static final String AVESNOIS = "DELIBN370a-CLS-Contrat-Annexe-tampon.pdf";
  static final String PLAN = "Plan actions CLS 2019 - 2023.pdf";
  static final String SEED_000 = "000_8c19fce57eb3e8e4.txt";

  @TempDir static Path tmp;
  static SearchServer server;
  static Http http;
  static final Map<String, String> IDS = new HashMap<>();
  final OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void indexAndServe() throws IOException {
    server = SharedCorpusServer.start(tmp, List.of(SharedCorpusSearchTest.SEEDS, CONTRACTS));
    http = new Http(server.port());
    for (JsonNode hit : http.json("/api/search", "size", "100").get("hits")) {
      String path = hit.get("path").asText();
      IDS.put(path.substring(path.lastIndexOf('/') + 1), hit.get("id").asText());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private JsonNode document(String file) {
    JsonNode d = http.json("/api/documents/" + IDS.get(file));
    assertThat(openApi.validate(d, "DocumentView")).isEmpty();
    return d;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
    return out;
  }

  private static List<String> topFiles(String q, int n) {
    List<String> out = new ArrayList<>();
    http.json("/api/search", "q", q, "size", Integer.toString(n)).get("hits").forEach(h -> {
      String path = h.get("path").asText();
      out.add(path.substring(path.lastIndexOf('/') + 1));
    });
    return out;
  }

  @Test
  void anArsNamedByItsRégionFindsTheContractItSigned() {
    // The Avesnois contract is signed by « L'agence régionale de santé des Hauts-de-France »,
    // the Sud Charente leaflet names « l'ARS Nouvelle Aquitaine ».
    assertThat(topFiles("ARS Hauts-de-France", 1)).containsExactly(AVESNOIS);
    assertThat(topFiles("agence régionale de santé Nouvelle-Aquitaine", 1))
        .containsExactly("Plaquette_CLS_2020.pdf");
    assertThat(topFiles("ARS Nouvelle Aquitaine", 1)).containsExactly("Plaquette_CLS_2020.pdf");
  }

  @Test
  void theAvesnoisContractRunsFrom2025To2028SignedByTheArsWithItsNineArticles() {
    JsonNode d = document(AVESNOIS);
    assertThat(d.get("period").get("from").asInt()).isEqualTo(2025);
    assertThat(d.get("period").get("to").asInt()).isEqualTo(2028);
    assertThat(texts(d.get("facets").get("signatory"), "value")).contains("ars");
    List<JsonNode> articles = new ArrayList<>();
    d.get("sections").forEach(s -> {
      if (s.get("kind").asText().equals("article")) {
        articles.add(s);
      }
    });
    assertThat(articles).extracting(a -> a.get("number").asText())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(articles.get(0).get("title").asText()).isEqualTo("Objet du contrat");
    List<Integer> pages = articles.stream().map(a -> a.get("page").asInt()).toList();
    assertThat(pages).isSorted().allMatch(p -> p > 3); // the contents page lists them first
    // Each article's heading stands on its page.
    for (JsonNode a : articles) {
      assertThat(d.get("pages").get(a.get("page").asInt() - 1).asText())
          .contains("ARTICLE " + a.get("number").asText());
    }
  }

  @Test
  void noIndexedTextOrSnippetHoldsThePrefectureStamp() {
    JsonNode d = document(AVESNOIS);
    assertThat(d.get("text").asText()).doesNotContainIgnoringCase("envoyé en préfecture")
        .doesNotContain("ID : 059-");
    JsonNode hits = http.json("/api/search", "q", "préfecture publié", "size", "20").get("hits");
    assertThat(hits.toString()).doesNotContainIgnoringCase("envoyé en préfecture le")
        .doesNotContain("059-200043404");
  }

  @Test
  void theSudCharentePlanHasItsFichesUnderTheirAxesWithTheirPages() {
    JsonNode d = document(PLAN);
    assertThat(d.get("period").get("from").asInt()).isEqualTo(2019);
    assertThat(d.get("period").get("to").asInt()).isEqualTo(2023);
    Map<String, JsonNode> byId = new HashMap<>();
    d.get("sections").forEach(s -> byId.put(s.get("id").asText(), s));
    JsonNode demography = null;
    JsonNode environment = null;
    for (JsonNode s : d.get("sections")) {
      if (s.get("title").asText().equals("Renforcer la démographie médicale et paramédicale")) {
        demography = s;
      }
      if (s.get("title").asText().equals("Sensibiliser, former et agir en santé environnementale")) {
        environment = s;
      }
    }
    assertThat(demography).isNotNull();
    assertThat(demography.get("kind").asText()).isEqualTo("fiche");
    assertThat(byId.get(demography.get("parent").asText()).get("title").asText())
        .isEqualTo("Offre et accès aux soins");
    assertThat(environment).isNotNull();
    JsonNode axe3 = byId.get(environment.get("parent").asText());
    assertThat(axe3.get("title").asText()).isEqualTo("Santé environnementale");
    assertThat(axe3.get("number").asText()).isEqualTo("3");
    for (JsonNode s : List.of(demography, environment, axe3)) {
      assertThat(d.get("pages").get(s.get("page").asInt() - 1).asText())
          .contains(s.get("title").asText());
    }
  }

  @Test
  void seed000sContractRunsFrom2024To2026() {
    JsonNode d = document(SEED_000);
    assertThat(d.get("period").get("from").asInt()).isEqualTo(2024);
    assertThat(d.get("period").get("to").asInt()).isEqualTo(2026);
  }

  @Test
  void aSectionSearchFindsTheFicheOnMedicalDemographyAndItsPage() {
    JsonNode answer = http.json("/api/search", "q", "démographie médicale", "unit", "section");
    assertThat(openApi.validate(answer, "SearchResponse")).isEmpty();
    JsonNode first = answer.get("hits").get(0);
    assertThat(first.get("path").asText()).endsWith(PLAN);
    JsonNode section = first.get("sections").get(0);
    assertThat(section.get("kind").asText()).isEqualTo("fiche");
    assertThat(section.get("title").asText())
        .isEqualTo("Renforcer la démographie médicale et paramédicale");
    assertThat(section.get("page").asInt()).isEqualTo(1);
    assertThat(section.get("snippet").asText()).contains("<mark>");
    // Every hit of a section search has a structure.
    answer.get("hits").forEach(h -> assertThat(h.get("sections")).isNotEmpty());
  }

  @Test
  void inForceAndSignatoryFilterContracts() {
    List<String> in2027 = new ArrayList<>();
    http.json("/api/search", "inForce", "2027", "size", "100").get("hits")
        .forEach(h -> in2027.add(h.get("path").asText()));
    assertThat(in2027).anyMatch(p -> p.endsWith(AVESNOIS))
        .noneMatch(p -> p.endsWith(PLAN) || p.endsWith(SEED_000));
    List<String> in2021 = new ArrayList<>();
    http.json("/api/search", "inForce", "2021", "size", "100").get("hits")
        .forEach(h -> in2021.add(h.get("path").asText()));
    assertThat(in2021).anyMatch(p -> p.endsWith(PLAN)).noneMatch(p -> p.endsWith(AVESNOIS));
    List<String> signedByArs = new ArrayList<>();
    http.json("/api/search", "signatory", "ars", "size", "100").get("hits")
        .forEach(h -> signedByArs.add(h.get("path").asText()));
    assertThat(signedByArs).anyMatch(p -> p.endsWith(AVESNOIS));
    assertThat(http.get("/api/search", "inForce", "deux mille").status()).isEqualTo(400);
    assertThat(http.get("/api/search", "unit", "fiche").status()).isEqualTo(400);
  }

  @Test
  void theComparisonTellsWhichContractsCoverSanteMentaleWhereAndInWhichSection() {
    JsonNode table = http.json("/api/compare", "dispositif", "cls", "by", "theme");
    assertThat(openApi.validate(table, "ComparisonResponse")).isEmpty();
    assertThat(table.get("listed").asInt()).isEqualTo(table.get("total").asInt())
        .isEqualTo(http.json("/api/search", "dispositif", "cls").get("total").asInt());
    JsonNode avesnois = null;
    for (JsonNode row : table.get("rows")) {
      if (row.get("path").asText().endsWith(AVESNOIS)) {
        avesnois = row;
      }
    }
    assertThat(avesnois).isNotNull();
    assertThat(avesnois.get("period").get("from").asInt()).isEqualTo(2025);
    JsonNode cell = avesnois.get("cells").get("sante-mentale");
    assertThat(cell.get("mentions").asInt()).isPositive();
    int page = cell.get("page").asInt();
    JsonNode view = document(AVESNOIS);
    assertThat(view.get("pages").get(page - 1).asText()).containsIgnoringCase("santé mentale");
    assertThat(cell.get("section").isNull()
        || cell.get("section").get("page").asInt() <= page).isTrue();
    // Columns count the rows naming them, most shared first.
    List<Integer> counts = new ArrayList<>();
    table.get("columns").forEach(c -> counts.add(c.get("count").asInt()));
    assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(http.get("/api/compare", "by", "commune").status()).isEqualTo(400);
  }
}
