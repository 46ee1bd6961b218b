package fr.santekb.api;

import static fr.santekb.api.AtomXml.children;
import static fr.santekb.api.AtomXml.link;
import static fr.santekb.api.AtomXml.text;
import static fr.santekb.api.MiniCorpus.FICHE;
import static fr.santekb.api.MiniCorpus.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code GET /api/feed.atom} over the mini corpus, through a real server. */
class AtomFeedEndpointTest {
  static Http http;
  static TestServer server;
  static String base;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
    base = "http://127.0.0.1:" + server.server.port();
  }

  private static Element feed(String... params) {
    Http.Answer a = http.get("/api/feed.atom", params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.contentType()).isEqualToIgnoringCase("application/atom+xml; charset=utf-8");
    Element feed = AtomXml.parse(a.bytes());
    assertThat(feed.getNamespaceURI()).isEqualTo(AtomXml.ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    return feed;
  }

  @Test
  void oneEntryPerMatchNewestFirstWithTheRequiredElements() {
    for (String[] params : List.of(new String[] {}, new String[] {"q", "santé"},
        new String[] {"q", "santé", "sort", "relevance"})) {
      Element feed = feed(params);
      JsonNode search = http.json("/api/search", params);
      List<String> ids = new ArrayList<>();
      List<Instant> updated = new ArrayList<>();
      List<String> links = new ArrayList<>();
      assertThat(text(feed, "id")).startsWith("tag:santekb,");
      assertThat(text(feed, "title")).startsWith("santekb — ");
      assertThat(Instant.parse(text(feed, "updated"))).isBefore(Instant.now().plusSeconds(1));
      for (Element entry : children(feed, "entry")) {
        ids.add(text(entry, "id"));
        updated.add(Instant.parse(text(entry, "updated")));
        assertThat(text(entry, "title")).isNotBlank();
        links.add(link(entry, "alternate"));
      }
      String label = String.join(" ", params);
      assertThat(ids).as(label).hasSize(search.get("total").asInt()).doesNotHaveDuplicates()
          .allSatisfy(id -> assertThat(id).matches("tag:santekb,2025:document/[0-9a-f]{16}"));
      for (int i = 1; i < updated.size(); i++) {
        assertThat(updated.get(i)).as(label + " entry " + i).isBeforeOrEqualTo(updated.get(i - 1));
      }
      assertThat(links).allSatisfy(l -> assertThat(l).startsWith(base + "/document.html?id="));
    }
  }

  @Test
  void entriesFollowTheSearchsDateOrderWithTheirDates() {
    Element feed = feed("q", "santé");
    JsonNode byDate = http.json("/api/search", "q", "santé", "sort", "date", "size", "100");
    List<String> titles = children(feed, "entry").stream().map(e -> text(e, "title")).toList();
    List<String> expected = new ArrayList<>();
    byDate.get("hits").forEach(h -> expected.add(h.get("title").asText()));
    assertThat(titles).isEqualTo(expected);
    Element first = children(feed, "entry").get(0);
    assertThat(text(first, "id")).endsWith(server.corpus.id(FICHE));
    assertThat(text(first, "updated")).startsWith("2024-");
    assertThat(link(first, "alternate")).isEqualTo(base + "/document.html?id="
        + server.corpus.id(FICHE) + "&q=sant%C3%A9");
    List<String> themes = children(first, "category").stream()
        .filter(c -> c.getAttribute("scheme").endsWith(":theme"))
        .map(c -> c.getAttribute("label")).toList();
    assertThat(themes).contains("Santé mentale");
  }

  @Test
  void theFeedNamesTheSearchAndLinksToItselfAndToTheSearchPage() {
    Element feed = feed("q", "santé", "departement", "13", "yearFrom", "2019");
    assertThat(text(feed, "title")).isEqualTo(
        "santekb — « santé », département : Bouches-du-Rhône, depuis 2019");
    assertThat(link(feed, "self")).isEqualTo(base
        + "/api/feed.atom?q=sant%C3%A9&departement=13&yearFrom=2019");
    assertThat(link(feed, "alternate")).isEqualTo(base
        + "/?q=sant%C3%A9&departement=13&yearFrom=2019&sort=date");
    assertThat(text(feed, "id")).isEqualTo(
        "tag:santekb,2025:search?q=sant%C3%A9&departement=13&yearFrom=2019&sort=date");
    assertThat(text(feed("departement", "13", "q", "santé", "yearFrom", "2019"), "id"))
        .isEqualTo(text(feed, "id"));
    assertThat(text(feed(), "title")).isEqualTo("santekb — tous les documents");
  }

  @Test
  void linksUseTheHostTheClientAskedFor() {
    Http.Answer a = http.rawGet("/api/feed.atom?q=piratage");
    assertThat(a.status()).isEqualTo(200);
    Element feed = AtomXml.parse(a.bytes());
    assertThat(link(feed, "self")).isEqualTo("http://127.0.0.1/api/feed.atom?q=piratage");
    assertThat(link(children(feed, "entry").get(0), "alternate"))
        .startsWith("http://127.0.0.1/document.html?id=");
  }

  @Test
  void markupInTheTextSurvivesAsText() {
    Element feed = feed("q", "piratage");
    List<Element> entries = children(feed, "entry");
    assertThat(entries).hasSize(1);
    assertThat(text(entries.get(0), "id")).endsWith(server.corpus.id(SCRIPT));
    assertThat(text(entries.get(0), "summary"))
        .contains("<script>alert(\"piratage\")</script> & d'autres balises <b>grasses</b>")
        .doesNotContain("<mark>", "&amp;");
    assertThat(text(entries.get(0), "updated")).isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void badParametersAreProblemsAsForTheSearch() {
    for (String[] params : List.of(new String[] {"year", "abc"},
        new String[] {"yearFrom", "2024", "yearTo", "2019"}, new String[] {"sort", "titre"},
        new String[] {"correct", "peut-etre"})) {
      Http.Answer a = http.get("/api/feed.atom", params);
      assertThat(a.status()).as(String.join(" ", params)).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.json().get("parameter").asText()).isEqualTo(params[0]);
    }
  }
}
