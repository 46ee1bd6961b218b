package fr.santekb.api;

import static fr.santekb.api.MiniCorpus.ARLES;
import static fr.santekb.api.MiniCorpus.FICHE;
import static fr.santekb.api.MiniCorpus.GAP;
import static fr.santekb.api.MiniCorpus.HOPITAL;
import static fr.santekb.api.MiniCorpus.LONG_PDF;
import static fr.santekb.api.MiniCorpus.MARSEILLE;
import static fr.santekb.api.MiniCorpus.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.santekb.indexer.extraction.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} over the mini corpus, through a real server. */
class SearchEndpointTest {
  static TestServer server;
  static Http http;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
  }

  private JsonNode search(String... params) {
    JsonNode r = http.json("/api/search", params);
    assertThat(openApi.validate(r, "SearchResponse")).isEmpty();
    return r;
  }

  @Test
  void theQualityLevelFiltersAndCounts() {
    long all = search().get("total").asLong();

    assertThat(counts(search(), "quality")).containsEntry("bonne", (int) all);
    assertThat(search("quality", "bonne").get("total").asLong()).isEqualTo(all);
    assertThat(search("quality", "FAIBLE").get("total").asLong()).isZero();
    Http.Answer wrong = http.get("/api/search", "quality", "excellente");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("quality must be bonne, moyenne, faible");
  }

  private static List<String> paths(JsonNode response) {
    List<String> out = new ArrayList<>();
    response.get("hits").forEach(h -> out.add(h.get("path").asText()));
    return out;
  }

  private static Map<String, Integer> counts(JsonNode response, String facet) {
    Map<String, Integer> out = new HashMap<>();
    response.get("facets").get(facet).forEach(v -> out.put(v.get("value").asText(),
        v.get("count").asInt()));
    return out;
  }

  private static JsonNode hit(JsonNode response, String path) {
    for (JsonNode h : response.get("hits")) {
      if (h.get("path").asText().equals(path)) {
        return h;
      }
    }
    throw new AssertionError(path + " not in " + paths(response));
  }

  @Test
  void everyFileOfTheMiniCorpusIsIndexed() {
    assertThat(server.corpus.report.files()).allSatisfy(f ->
        assertThat(f.outcome()).as(f.path()).isEqualTo(Outcome.INDEXED));
    assertThat(server.corpus.report.documentsInIndex()).isEqualTo(7);
  }

  @Test
  void anEmptyQueryListsEveryDocumentNewestFirst() {
    JsonNode r = search("size", "20");
    assertThat(r.get("total").asLong()).isEqualTo(7);
    List<String> order = paths(r);
    assertThat(order.subList(0, 3)).containsExactly(FICHE, MARSEILLE, LONG_PDF);
    assertThat(order.subList(3, 5)).containsExactlyInAnyOrder(ARLES, HOPITAL);
    assertThat(order.subList(5, 7)).containsExactly(GAP, SCRIPT);
    assertThat(r.get("didYouMean").isNull()).isTrue();
  }

  @Test
  void documentsWithAllTheWordsComeFirstThenThoseWithSome() {
    JsonNode r = search("q", "santé mentale");
    // FICHE and GAP say « santé mentale »; ARLES and MARSEILLE only « santé ».
    assertThat(paths(r).subList(0, 2)).containsExactly(FICHE, GAP);
    assertThat(paths(r).subList(2, 4)).containsExactlyInAnyOrder(ARLES, MARSEILLE);
    assertThat(r.get("total").asLong()).isEqualTo(4);
    assertThat(hit(r, FICHE).get("id").asText()).isEqualTo(server.corpus.id(FICHE));
    assertThat(hit(r, FICHE).get("score").asDouble())
        .isGreaterThan(hit(r, GAP).get("score").asDouble());
    assertThat(hit(r, GAP).get("score").asDouble())
        .isGreaterThan(2 * hit(r, ARLES).get("score").asDouble());
  }

  @Test
  void explicitAndRequiresEveryWord() {
    assertThat(paths(search("q", "santé AND mentale"))).containsExactly(FICHE, GAP);
    assertThat(paths(search("q", "santé ET mentale"))).containsExactly(FICHE, GAP);
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(paths(search("q", "SANTE MENTALE"))).isEqualTo(paths(search("q", "santé mentale")));
  }

  @Test
  void quotedPhrasesExclusionsOrAndPrefixesAreUnderstood() {
    assertThat(paths(search("q", "\"mentale santé\""))).isEmpty();
    assertThat(paths(search("q", "\"santé mentale\""))).containsExactly(FICHE, GAP);
    assertThat(paths(search("q", "santé -mentale"))).contains(ARLES, MARSEILLE)
        .doesNotContain(FICHE, GAP);
    assertThat(paths(search("q", "nutrition OR zoonoses"))).containsExactlyInAnyOrder(ARLES,
        LONG_PDF);
    assertThat(paths(search("q", "nutrition + zoonoses"))).isEmpty();
    assertThat(paths(search("q", "vieill*"))).containsExactlyInAnyOrder(FICHE, GAP);
    assertThat(paths(search("q", "mentalle~1"))).containsExactlyInAnyOrder(FICHE, GAP);
    assertThat(paths(search("q", "mentalle~9"))).containsExactlyInAnyOrder(FICHE, GAP);
    assertThat(paths(search("q", "\"mentale santé\"~3"))).containsExactlyInAnyOrder(FICHE, GAP);
  }

  @Test
  void anAcronymAndItsExpansionFindTheSameDocuments() {
    // FICHE says « ARS », MARSEILLE « agence régionale de santé ».
    assertThat(paths(search("q", "ARS"))).containsExactlyInAnyOrder(FICHE, MARSEILLE);
    assertThat(paths(search("q", "\"agence régionale de santé\"")))
        .containsExactlyInAnyOrder(FICHE, MARSEILLE);
    assertThat(paths(search("q", "agence régionale de santé")))
        .containsExactlyInAnyOrder(FICHE, MARSEILLE);
  }

  @Test
  void badSyntaxDegradesToWordsInsteadOfFailing() {
    for (String q : List.of("\"santé", "((santé", "santé)", "-", "*", "|", "~2", "\\", "+\"\"")) {
      JsonNode r = search("q", q);
      assertThat(r.get("query").asText()).isEqualTo(q);
    }
    assertThat(paths(search("q", "((santé mentale"))).containsExactly(FICHE, GAP);
  }

  @Test
  void filtersOfOneFacetAreOredAndFiltersOfDifferentFacetsAnded() {
    assertThat(search("format", "html").get("total").asLong()).isEqualTo(2);
    assertThat(search("format", "html", "format", "md").get("total").asLong()).isEqualTo(3);
    assertThat(paths(search("format", "html", "year", "2019"))).containsExactly(ARLES);
    assertThat(paths(search("year", "2019"))).containsExactlyInAnyOrder(ARLES, HOPITAL);
    assertThat(paths(search("yearFrom", "2020", "yearTo", "2022")))
        .containsExactlyInAnyOrder(MARSEILLE, LONG_PDF);
    assertThat(paths(search("yearFrom", "2022"))).containsExactlyInAnyOrder(MARSEILLE, FICHE);
  }

  @Test
  void facetCountsFollowTheQuery() {
    assertThat(counts(search(), "format")).containsExactlyInAnyOrderEntriesOf(
        Map.of("txt", 3, "html", 2, "md", 1, "pdf", 1));
    assertThat(counts(search("q", "santé + mentale"), "format"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("txt", 1, "md", 1));
    assertThat(counts(search(), "year")).containsEntry("2019", 2).containsEntry("2024", 1);
  }

  @Test
  void aFacetsOwnFilterDoesNotHideItsOtherValuesButFiltersTheOthers() {
    JsonNode r = search("format", "html");
    // Drill sideways: the format facet still counts every format for the query.
    assertThat(counts(r, "format")).containsExactlyInAnyOrderEntriesOf(
        Map.of("txt", 3, "html", 2, "md", 1, "pdf", 1));
    // Other facets count only the filtered documents.
    assertThat(counts(r, "year")).containsExactlyInAnyOrderEntriesOf(
        Map.of("2019", 1, "2022", 1));
    JsonNode both = search("format", "html", "year", "2019");
    assertThat(counts(both, "format")).containsExactlyInAnyOrderEntriesOf(
        Map.of("html", 1, "txt", 1));
    assertThat(counts(both, "year")).containsExactlyInAnyOrderEntriesOf(
        Map.of("2019", 1, "2022", 1));
  }

  @Test
  void aSelectedValueAbsentFromTheResultsIsStillListedWithZero() {
    JsonNode r = search("q", "zoonoses", "format", "md");
    assertThat(r.get("total").asLong()).isZero();
    assertThat(counts(r, "format")).containsEntry("md", 0).containsEntry("pdf", 1);
  }

  @Test
  void pagesSliceTheSameOrder() {
    List<String> all = paths(search("size", "7"));
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode r = search("size", "3", "page", Integer.toString(page));
      assertThat(r.get("page").asInt()).isEqualTo(page);
      assertThat(r.get("total").asLong()).isEqualTo(7);
      paged.addAll(paths(r));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(paths(search("page", "9"))).isEmpty();
  }

  @Test
  void sortByDateOrdersMatchesNewestFirst() {
    assertThat(paths(search("q", "santé", "sort", "date"))).first().isEqualTo(FICHE);
    assertThat(paths(search("q", "vieillissement", "sort", "date"))).containsExactly(FICHE, GAP);
  }

  @Test
  void stemmedFoldedAndElidedFormsAreMarked() {
    JsonNode r = search("q", "hopital");
    assertThat(paths(r)).first().isEqualTo(HOPITAL);
    String snippets = hit(r, HOPITAL).get("snippets").toString();
    assertThat(snippets).contains("<mark>L’Hôpital</mark>").contains("<mark>hôpitaux</mark>")
        .contains("<mark>l&#39;hôpital</mark>");
  }

  @Test
  void snippetsAreHtmlEscapedExceptForTheMarks() {
    JsonNode r = search("q", "piratage");
    assertThat(paths(r)).containsExactly(SCRIPT);
    String text = hit(r, SCRIPT).get("snippets").get(0).get("text").asText();
    assertThat(text).contains("&lt;script&gt;alert(&quot;<mark>piratage</mark>&quot;)&lt;/script&gt;")
        .contains("&amp; d&#39;autres").contains("&lt;b&gt;grasses&lt;/b&gt;")
        .doesNotContain("<script>").doesNotContain("<b>");
    assertThat(text.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    assertThat(hit(r, SCRIPT).get("snippets").get(0).get("page").isNull()).isTrue();
  }

  @Test
  void aMatchDeepInsideA300PageDocumentGetsASnippetAndItsPage() {
    JsonNode r = search("q", "zoonoses");
    assertThat(paths(r)).containsExactly(LONG_PDF);
    JsonNode snippet = hit(r, LONG_PDF).get("snippets").get(0);
    assertThat(snippet.get("text").asText()).contains("<mark>zoonoses</mark>");
    assertThat(snippet.get("page").asInt()).isEqualTo(MiniCorpus.ZOONOSES_PAGE);
  }

  @Test
  void aMisspeltWordGetsACorrectionFromTheCorpus() {
    assertThat(search("q", "vieillisement").get("didYouMean").asText())
        .isEqualTo("vieillissement");
    assertThat(search("q", "santé vieillisement").get("didYouMean").asText())
        .isEqualTo("santé vieillissement");
    assertThat(search("q", "santé mentale").get("didYouMean").isNull()).isTrue();
    // Question words are never "corrected" (quels → quelle), whatever their frequency.
    assertThat(search("q", "quels sont les plans de santé mentale").get("didYouMean").isNull())
        .isTrue();
  }

  @Test
  void hitsCarryTheirFacetsTypeAndYear() {
    JsonNode h = hit(search("q", "zoonoses"), LONG_PDF);
    assertThat(h.get("year").asInt()).isEqualTo(2020);
    assertThat(h.get("facets").get("format").get(0).get("label").asText()).isEqualTo("PDF");
    assertThat(h.get("facets").get("format").get(0).get("value").asText()).isEqualTo("pdf");
    assertThat(h.get("title").asText()).isEqualTo("Rapport de l’observatoire régional");
  }
}
