package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base over the shared real corpus (seeds and documents): the checks of the
 * knowledge-base issue. Skipped when {@code ../shared/corpus} is absent.
 */
class SharedCorpusEntitiesTest {
  static final String SEED_001 = "001_8c494b508d96c8f9.txt";

  @TempDir static Path tmp;
  static SearchServer server;
  static Http http;
  final OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void indexAndServe() throws IOException {
    server = SharedCorpusServer.start(tmp, List.of(SharedCorpusSearchTest.SEEDS,
        SharedCorpusSearchTest.DOCUMENTS));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static List<String> hitFiles(JsonNode page) {
    return texts(page.get("documents").get("hits"), "path").stream()
        .map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
  }

  @Test
  void atmoFindsAtmoSudWhosePageListsSeed001AndItsCoPartners() {
    JsonNode list = http.json("/api/entities", "type", "partner", "q", "atmo");
    assertThat(openApi.validate(list, "EntityListResponse")).isEmpty();
    assertThat(texts(list.get("entities"), "label")).containsExactly("ATMO Sud");

    JsonNode atmo = http.json("/api/entities/partner/atmo-sud");
    assertThat(openApi.validate(atmo, "EntityPage")).isEmpty();
    assertThat(hitFiles(atmo)).contains(SEED_001);
    assertThat(texts(atmo.get("related").get("partner"), "label"))
        .contains("CoDEPS 13", "Addictions France");
  }

  @Test
  void martiguesShowsItsEpciDepartementAndRegionAndListsSeed001() {
    JsonNode martigues = http.json("/api/entities/commune/13056");
    assertThat(openApi.validate(martigues, "EntityPage")).isEmpty();
    JsonNode up = martigues.get("hierarchy");
    assertThat(texts(up, "type")).containsExactly("epci", "departement", "region");
    assertThat(up.get(0).get("key").asText()).isEqualTo("200054807");
    assertThat(up.get(0).get("label").asText()).isEqualTo("Métropole d'Aix-Marseille-Provence");
    assertThat(up.get(1).get("key").asText()).isEqualTo("13");
    assertThat(up.get(2).get("key").asText()).isEqualTo("93");
    assertThat(hitFiles(martigues)).contains(SEED_001);
  }

  @Test
  void theGlossaryListsArsWithBothMeanings() {
    JsonNode glossary = http.json("/api/entities", "type", "acronym", "q", "ARS", "all", "true");
    JsonNode ars = glossary.get("entities").get(texts(glossary.get("entities"), "key")
        .indexOf("ARS"));
    List<String> senses = new ArrayList<>();
    ars.get("senses").forEach(s -> senses.add(s.asText()));
    assertThat(senses).contains("agence régionale de santé", "allocation de rentrée scolaire");
    assertThat(ars.get("documents").asInt()).isPositive();
  }

  @Test
  void theMapCountsForSanteMentaleIncludeTheBouchesDuRhone() {
    JsonNode values = http.json("/api/facets/departement", "q", "santé mentale", "size", "200");
    JsonNode bouches = null;
    for (JsonNode v : values.get("values")) {
      if (v.get("value").asText().equals("13")) {
        bouches = v;
      }
    }
    assertThat(bouches).isNotNull();
    assertThat(bouches.get("count").asInt()).isEqualTo(http.json("/api/search", "q",
        "santé mentale", "departement", "13").get("total").asInt()).isPositive();
  }
}
