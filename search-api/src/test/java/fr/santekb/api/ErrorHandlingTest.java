package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get RFC 7807 problems with the right status, never a 500 or a stack trace. */
class ErrorHandlingTest {
  static Http http;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    http = TestServer.shared().http;
  }

  private JsonNode problem(Http.Answer a, int status) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(openApi.validate(p, "Problem")).isEmpty();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain(".java:");
    return p;
  }

  @Test
  void outOfRangeOrMalformedNumbersAreBadRequestsNamingTheParameter() {
    record Case(String param, String value) {}
    for (Case c : List.of(new Case("size", "0"), new Case("size", "1000000000"),
        new Case("size", "101"), new Case("page", "-1"), new Case("page", "0"),
        new Case("page", "abc"), new Case("page", "1.5"), new Case("year", "abc"),
        new Case("year", "20245"), new Case("yearFrom", "deux-mille"), new Case("yearTo", "1e3"),
        new Case("size", "99999999999999999999999"))) {
      JsonNode p = problem(http.get("/api/search", c.param(), c.value()), 400);
      assertThat(p.get("detail").asText()).as(c.toString()).contains(c.param());
      assertThat(p.get("parameter").asText()).as(c.toString()).isEqualTo(c.param());
      assertThat(p.get("type").asText()).isEqualTo("/problems/invalid-parameter");
    }
    assertThat(problem(http.get("/api/search", "correct", "peut-etre"), 400).get("parameter")
        .asText()).isEqualTo("correct");
    assertThat(problem(http.get("/api/documents/0000000000000000"), 404).get("parameter")
        .isNull()).isTrue();
  }

  @Test
  void otherInvalidSearchesAreBadRequests() {
    problem(http.get("/api/search", "sort", "random"), 400);
    problem(http.get("/api/search", "yearFrom", "2020", "yearTo", "2010"), 400);
    problem(http.get("/api/search", "page", "200", "size", "100"), 400);
    problem(http.get("/api/search", "q", "x".repeat(1001)), 400);
    problem(http.get("/api/search", "size", "5", "size", "6"), 400);
    StringBuilder manyWords = new StringBuilder();
    for (char a = 'a'; a <= 'z' && manyWords.length() < 990; a++) {
      for (char b = 'a'; b <= 'z' && manyWords.length() < 990; b++) {
        manyWords.append(a).append(b).append(' ');
      }
    }
    JsonNode tooLong = problem(http.get("/api/search", "q", manyWords.toString()), 400);
    assertThat(tooLong.get("detail").asText()).contains("too many");
  }

  @Test
  void anUnknownFacetNameIsABadRequest() {
    JsonNode p = problem(http.get("/api/facets/couleur"), 400);
    assertThat(p.get("detail").asText()).contains("couleur").contains("commune");
    problem(http.get("/api/facets/commune", "size", "0"), 400);
    problem(http.get("/api/facets/commune", "size", "abc"), 400);
  }

  @Test
  void suggestRefusesABadSize() {
    problem(http.get("/api/suggest", "q", "sante", "size", "0"), 400);
    problem(http.get("/api/suggest", "q", "sante", "size", "many"), 400);
  }

  @Test
  void anUnknownDocumentIsNotFound() {
    JsonNode p = problem(http.get("/api/documents/0123456789abcdef"), 404);
    assertThat(p.get("detail").asText()).contains("0123456789abcdef");
    problem(http.get("/api/documents/pas-un-identifiant"), 404);
    problem(http.get("/api/documents/0123456789abcdef/file"), 404);
  }

  @Test
  void anUnknownApiRouteIsANotFoundProblem() {
    problem(http.get("/api/nothing-here"), 404);
  }

  @Test
  void malformedEncodingsNeverCauseAServerError() {
    for (String raw : List.of("/api/search?q=%zz", "/api/search?q=%", "/api/search?page=%00",
        "/api/search?q=%C3%28", "/api/facets/%00", "/api/documents/%ff%fe")) {
      Http.Answer a = http.rawGet(raw);
      assertThat(a.status()).as(raw + " → " + a.body()).isLessThan(500);
      assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
