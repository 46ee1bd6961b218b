package fr.santekb.api;

import static fr.santekb.api.MiniCorpus.ARLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/suggest} and {@code /api/facets/{name}} over the mini corpus. */
class SuggestAndFacetValuesTest {
  static TestServer server;
  static Http http;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
  }

  private JsonNode suggest(String q) {
    JsonNode r = http.json("/api/suggest", "q", q);
    assertThat(openApi.validate(r, "SuggestResponse")).isEmpty();
    return r;
  }

  private JsonNode facet(String name, String... params) {
    JsonNode r = http.json("/api/facets/" + name, params);
    assertThat(openApi.validate(r, "FacetValuesResponse")).isEmpty();
    return r;
  }

  private static List<String> texts(JsonNode suggestions) {
    List<String> out = new ArrayList<>();
    suggestions.get("suggestions").forEach(s -> out.add(s.get("text").asText()));
    return out;
  }

  private static List<String> values(JsonNode facetValues) {
    List<String> out = new ArrayList<>();
    facetValues.get("values").forEach(s -> out.add(s.get("value").asText()));
    return out;
  }

  @Test
  void aFrequentPhraseCompletesWhatIsTypedWithoutAccents() {
    JsonNode r = suggest("sante ment");
    assertThat(texts(r)).first().isEqualTo("santé mentale");
    assertThat(r.get("suggestions").get(0).get("kind").asText()).isEqualTo("phrase");
    assertThat(texts(suggest("SANTÉ MEN"))).first().isEqualTo("santé mentale");
    // The words starting with a typed word come marked, for the page to show in bold.
    JsonNode marks = r.get("suggestions").get(0).get("marks");
    assertThat(marks.toString()).isEqualTo("[[0,5],[6,13]]");
  }

  @Test
  void titlesCompleteWithTheirDocumentId() {
    JsonNode r = suggest("atelier sant");
    JsonNode title = null;
    for (JsonNode s : r.get("suggestions")) {
      if (s.get("kind").asText().equals("title")) {
        title = s;
      }
    }
    assertThat(title).isNotNull();
    assertThat(title.get("text").asText()).isEqualTo("Atelier Santé Ville d’Arles");
    assertThat(title.get("id").asText()).isEqualTo(server.corpus.id(ARLES));
  }

  @Test
  void nothingTypedOrNothingKnownGivesNoSuggestion() {
    assertThat(texts(suggest(""))).isEmpty();
    assertThat(texts(suggest("xyzzyq"))).isEmpty();
  }

  @Test
  void facetValuesAreAllListedMostFrequentFirst() {
    JsonNode r = facet("format");
    assertThat(values(r)).containsExactly("txt", "html", "md", "pdf");
    assertThat(r.get("total").asInt()).isEqualTo(4);
    assertThat(values(facet("format", "size", "2"))).containsExactly("txt", "html");
    assertThat(facet("format", "size", "2").get("total").asInt()).isEqualTo(4);
  }

  @Test
  void facetValuesFilterByAPrefixIgnoringCase() {
    assertThat(values(facet("format", "prefix", "HT"))).containsExactly("html");
    assertThat(values(facet("year", "prefix", "201"))).containsExactlyInAnyOrder("2018", "2019");
  }

  @Test
  void facetValuesCountWithinTheCurrentSearch() {
    JsonNode r = facet("format", "q", "santé + mentale");
    assertThat(values(r)).containsExactlyInAnyOrder("txt", "md");
    assertThat(r.get("values").get(0).get("count").asInt()).isEqualTo(1);
  }

  @Test
  void communeLabelsMatchAPrefixWithoutAccentsOrCase() {
    JsonNode r = facet("commune", "prefix", "MART");
    assertThat(values(r)).contains("13056");
    r.get("values").forEach(v -> assertThat(v.get("label").asText()).startsWithIgnoringCase("mart"));
    JsonNode region = facet("region", "prefix", "cote");
    assertThat(values(region)).contains("93");
    assertThat(values(facet("departement", "prefix", "bouches-du-rhone"))).containsExactly("13");
  }
}
