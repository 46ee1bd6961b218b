package fr.santekb.api;

import static fr.santekb.api.MiniCorpus.FICHE;
import static fr.santekb.api.MiniCorpus.LONG_PDF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that reach the server's edges: very long URIs, requests Jetty refuses before routing,
 * HEAD, and facet filters written in another case.
 */
class HttpEdgesTest {
  static TestServer server;
  static Http http;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
  }

  private static JsonNode problem(Http.Answer a, int status) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(openApi.validate(p, "Problem")).isEmpty();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return p;
  }

  @Test
  void aVeryLongQueryReachesOurValidation() {
    JsonNode p = problem(http.get("/api/search", "q", "x".repeat(10_000)), 400);
    assertThat(p.get("type").asText()).isEqualTo("/problems/invalid-parameter");
    assertThat(p.get("detail").asText()).contains("q must be at most 1000");
  }

  @Test
  void requestsJettyRefusesBeforeRoutingGetProblems() {
    for (String raw : List.of("/api/documents/%00/file", "/api/documents/..;/file",
        "/api/documents/x/%2e%2e/%2e%2e/file", "/api/search?q=" + "x".repeat(70_000))) {
      Http.Answer a = http.rawGet(raw);
      assertThat(a.status()).as(raw).isBetween(400, 499);
      problem(a, a.status());
    }
  }

  @Test
  void headAnswersLikeGetWithoutBody() {
    for (String path : List.of("/api/search?q=sant%C3%A9", "/api/search?size=0",
        "/api/documents/" + server.corpus.id(FICHE), "/api/documents/0123456789abcdef",
        "/api/health", "/api/nothing-here")) {
      HttpResponse<byte[]> get = http.send("GET", path);
      HttpResponse<byte[]> head = http.send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path).isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  @Test
  void facetFilterNamesIgnoreCaseAndFormatValuesToo() {
    JsonNode lower = http.json("/api/search", "format", "pdf");
    assertThat(lower.get("total").asInt()).isEqualTo(1);
    JsonNode upper = http.json("/api/search", "FORMAT", "PDF");
    assertThat(upper.get("total").asInt()).isEqualTo(1);
    assertThat(upper.get("hits").get(0).get("id").asText())
        .isEqualTo(server.corpus.id(LONG_PDF));
    String theme = http.json("/api/search", "q", "santé mentale").get("facets").get("theme")
        .get(0).get("value").asText();
    JsonNode themed = http.json("/api/search", "theme", theme);
    JsonNode shouted = http.json("/api/search", "THEME", theme);
    assertThat(themed.get("total").asInt()).isPositive()
        .isLessThan(http.json("/api/search").get("total").asInt());
    assertThat(shouted.get("total")).isEqualTo(themed.get("total"));
  }
}
