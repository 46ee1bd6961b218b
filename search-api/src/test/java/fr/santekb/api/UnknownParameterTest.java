package fr.santekb.api;

import static fr.santekb.api.Problems.invalidParameter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule for parameters: a name a route does not take is refused with a 400 naming it (a
 * misspelt {@code yearfrom} must not silently answer another question); every parameter the
 * OpenAPI document lists is taken.
 */
class UnknownParameterTest {
  static final TestServer server = TestServer.shared();
  static final Http http = server.http;
  static final String id = server.corpus.id(MiniCorpus.FICHE);

  @Test
  void anUnknownOrMisspeltParameterIsABadRequestNamingIt() {
    JsonNode p = invalidParameter(http.get("/api/search", "q", "santé", "tri", "date"), "tri");
    assertThat(p.get("detail").asText()).contains("yearFrom").contains("theme");
    invalidParameter(http.get("/api/search", "yearfrom", "2020"), "yearfrom");
    invalidParameter(http.get("/api/search", "q", "santé", "_", "1700000000"), "_");
    invalidParameter(http.get("/api/suggest", "q", "san", "limit", "3"), "limit");
    invalidParameter(http.get("/api/facets/theme", "prefix", "s", "lang", "fr"), "lang");
    invalidParameter(http.get("/api/documents/" + id, "q", "santé", "highlight", "1"),
        "highlight");
    invalidParameter(http.get("/api/documents/" + id + "/file", "download", "1"), "download");
    invalidParameter(http.get("/api/health", "verbose", "1"), "verbose");
    invalidParameter(http.get("/api/openapi.yaml", "v", "2"), "v");
    invalidParameter(http.rawGet("/api/search?flag"), "flag");
  }

  @Test
  void facetNamesIgnoreCaseAndTheFacetRouteTakesTheSearchState() {
    assertThat(http.get("/api/search", "THEME", "x", "Commune", "13056").status()).isEqualTo(200);
    assertThat(http.get("/api/facets/theme", "prefix", "s", "q", "santé", "theme", "x",
        "yearFrom", "2000", "page", "2", "sort", "date", "correct", "false").status())
        .isEqualTo(200);
  }

  @Test
  void everyDocumentedParameterIsTaken() {
    assertThat(http.get("/api/search", "q", "santé", "theme", "x", "yearFrom", "2000", "yearTo",
        "2030", "page", "1", "size", "5", "sort", "date", "correct", "false").status())
        .isEqualTo(200);
    JsonNode document = OpenApiValidator.load().document();
    JsonNode paths = document.get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> route = it.next();
      String path = route.getKey().replace("{id}", id).replace("{name}", "theme")
          .replaceAll("\\{[^}]*}", "x");
      List<String> params = new ArrayList<>();
      for (JsonNode raw : route.getValue().path("get").path("parameters")) {
        JsonNode param = resolved(document, raw);
        if (param.get("in").asText().equals("query")) {
          params.add(param.get("name").asText());
          params.add(sample(resolved(document, param.get("schema"))));
        }
      }
      // A sample value may be refused (a required enum); the name never is.
      Http.Answer a = http.get(path, params.toArray(String[]::new));
      assertThat(a.body()).as(path + " " + params).doesNotContain("unknown parameter");
      assertThat(a.status()).as(path + " " + params + " → " + a.body()).isLessThan(500);
    }
  }

  /** {@code node}, or what its {@code $ref} points at in {@code document}. */
  private static JsonNode resolved(JsonNode document, JsonNode node) {
    return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
  }

  /** A valid value for a parameter's schema. */
  private static String sample(JsonNode schema) {
    JsonNode s = schema.has("items") ? schema.get("items") : schema;
    if (s.has("enum")) {
      return s.get("enum").get(0).asText();
    }
    return switch (s.path("type").asText("")) {
      case "integer" -> s.has("default") ? s.get("default").asText()
          : s.path("minimum").asText("1");
      case "boolean" -> "true";
      default -> "santé";
    };
  }
}
