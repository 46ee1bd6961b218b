package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/entities} and {@code /api/entities/{type}/{key}} over the mini corpus. */
class EntitiesEndpointTest {
  private final TestServer server = TestServer.shared();
  private final Http http = server.http;
  private final OpenApiValidator openApi = OpenApiValidator.load();

  private static List<String> keys(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.get("entities").forEach(e -> out.add(e.get("key").asText()));
    return out;
  }

  @Test
  void listsTheEntitiesDocumentsNameWithTheirCountsMostDocumentedFirst() {
    JsonNode themes = http.json("/api/entities", "type", "theme");
    assertThat(openApi.validate(themes, "EntityListResponse")).isEmpty();
    assertThat(keys(themes)).contains("sante-mentale");
    List<Integer> counts = new ArrayList<>();
    themes.get("entities").forEach(e -> counts.add(e.get("documents").asInt()));
    assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotContain(0);
    // The count is the number of documents a search filtered on the value finds.
    int santeMentale = themes.get("entities").get(keys(themes).indexOf("sante-mentale"))
        .get("documents").asInt();
    assertThat(santeMentale).isEqualTo(
        http.json("/api/search", "theme", "sante-mentale").get("total").asInt());
  }

  @Test
  void qMatchesLabelsAndAliasesFromAnyWordIgnoringAccentsAndCase() {
    assertThat(keys(http.json("/api/entities", "type", "partner", "q", "ATMO")))
        .containsExactly("atmo-sud");
    assertThat(keys(http.json("/api/entities", "type", "partner", "q", "sud")))
        .contains("atmo-sud");
    assertThat(keys(http.json("/api/entities", "type", "theme", "q", "sante ment")))
        .containsExactly("sante-mentale");
    assertThat(keys(http.json("/api/entities", "type", "commune", "q", "port de")))
        .containsExactly("13077");
    assertThat(keys(http.json("/api/entities", "type", "partner", "q", "zzzz"))).isEmpty();
  }

  @Test
  void allListsEntitiesThatNoDocumentNames() {
    JsonNode named = http.json("/api/entities", "type", "acronym", "size", "1000");
    JsonNode all = http.json("/api/entities", "type", "acronym", "size", "1000", "all", "true");
    assertThat(all.get("total").asInt()).isGreaterThan(named.get("total").asInt());
    JsonNode ars = all.get("entities").get(keys(all).indexOf("ARS"));
    assertThat(ars.get("senses").toString()).contains("agence régionale de santé",
        "allocation de rentrée scolaire");
  }

  @Test
  void aPlacePageShowsItsHierarchyDocumentsAndWhatIsInside() {
    JsonNode martigues = http.json("/api/entities/commune/13056");
    assertThat(openApi.validate(martigues, "EntityPage")).isEmpty();
    assertThat(martigues.get("label").asText()).isEqualTo("Martigues (13)");
    List<String> up = new ArrayList<>();
    martigues.get("hierarchy").forEach(h -> up.add(h.get("type").asText() + ":"
        + h.get("key").asText()));
    assertThat(up).containsExactly("epci:200054807", "departement:13", "region:93");
    List<String> paths = new ArrayList<>();
    martigues.get("documents").get("hits").forEach(h -> paths.add(h.get("path").asText()));
    assertThat(paths).contains(MiniCorpus.FICHE);
    assertThat(martigues.get("documents").get("search").asText()).isEqualTo("commune=13056");

    JsonNode bouches = http.json("/api/entities/departement/13");
    List<String> communes = new ArrayList<>();
    bouches.get("related").get("commune").forEach(c -> communes.add(c.get("key").asText()));
    assertThat(communes).contains("13056").allMatch(c -> c.startsWith("13"));
    assertThat(bouches.get("related").get("epci").get(0).get("key").asText())
        .isEqualTo("200054807");
  }

  @Test
  void theEpciFilterWorksLikeTheOtherPlaces() {
    JsonNode byEpci = http.json("/api/search", "epci", "200054807", "size", "100");
    assertThat(byEpci.get("total").asInt()).isPositive();
    byEpci.get("hits").forEach(h -> assertThat(h.get("facets").get("epci").toString())
        .contains("200054807"));
    assertThat(byEpci.get("facets").get("epci").get(0).get("label").asText())
        .isEqualTo("Métropole d'Aix-Marseille-Provence");
  }

  @Test
  void aPartnerPageListsCoPartnersCountedOnItsDocumentsAndItsNetwork() {
    JsonNode atmo = http.json("/api/entities/partner/atmo-sud");
    assertThat(openApi.validate(atmo, "EntityPage")).isEmpty();
    assertThat(atmo.get("description").asText()).contains("qualité de l’air");
    long total = atmo.get("documents").get("total").asLong();
    List<String> coPartners = new ArrayList<>();
    atmo.get("related").get("partner").forEach(p -> {
      coPartners.add(p.get("key").asText());
      assertThat(p.get("count").asLong()).isBetween(1L, total);
    });
    assertThat(coPartners).contains("ors").doesNotContain("atmo-sud");
    JsonNode nodes = atmo.get("network").get("nodes");
    assertThat(nodes.get(0).get("key").asText()).isEqualTo("atmo-sud");
    List<String> nodeKeys = new ArrayList<>();
    nodes.forEach(n -> nodeKeys.add(n.get("key").asText()));
    atmo.get("network").get("links").forEach(l -> assertThat(nodeKeys)
        .contains(l.get("source").asText(), l.get("target").asText()));
  }

  @Test
  void acronymKeysIgnoreCase() {
    JsonNode ars = http.json("/api/entities/acronym/ars");
    assertThat(ars.get("key").asText()).isEqualTo("ARS");
    assertThat(ars.get("senses").size()).isGreaterThanOrEqualTo(2);
    assertThat(ars.get("network").isNull()).isTrue();
  }

  @Test
  void badTypesAndUnknownKeysAreProblems() {
    Http.Answer noType = http.get("/api/entities");
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.json().get("parameter").asText()).isEqualTo("type");
    Http.Answer badType = http.get("/api/entities", "type", "ville");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(openApi.validate(badType.json(), "Problem")).isEmpty();
    assertThat(http.get("/api/entities/ville/13056").status()).isEqualTo(400);
    assertThat(http.get("/api/entities/partner/nobody-at-all").status()).isEqualTo(404);
    assertThat(http.get("/api/entities", "type", "theme", "size", "0").status()).isEqualTo(400);
    assertThat(http.get("/api/entities", "type", "theme", "all", "oui").status()).isEqualTo(400);
  }

  @Test
  void aKnownEntityWithoutDocumentsStillHasItsPage() {
    JsonNode lozere = http.json("/api/entities/departement/48");
    assertThat(lozere.get("label").asText()).isEqualTo("Lozère");
    assertThat(lozere.get("documents").get("total").asInt()).isZero();
    assertThat(lozere.get("hierarchy").get(0).get("key").asText()).isEqualTo("76");
  }
}
