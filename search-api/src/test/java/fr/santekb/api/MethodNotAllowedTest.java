package fr.santekb.api;

import static fr.santekb.api.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any method other than GET and HEAD on an API route is a 405 problem with an {@code Allow}
 * header; every path of the OpenAPI document is tried, so a route added there is covered too.
 */
class MethodNotAllowedTest {
  static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  static final TestServer server = TestServer.shared();
  static final Http http = server.http;

  /**
   * The documented paths, with a real document id and facet name, and "x" for any other path
   * parameter: the route matches whether or not the resource exists.
   */
  static List<String> documentedPaths() {
    List<String> paths = new ArrayList<>();
    JsonNode documented = OpenApiValidator.load().document().get("paths");
    for (Iterator<String> it = documented.fieldNames(); it.hasNext(); ) {
      paths.add(it.next().replace("{id}", server.corpus.id(MiniCorpus.LONG_PDF))
          .replace("{name}", "theme").replaceAll("\\{[^}]*}", "x"));
    }
    return paths;
  }

  @Test
  void otherMethodsOnEveryDocumentedRouteAre405WithAllow() {
    List<String> paths = documentedPaths();
    assertThat(paths).contains("/api/search", "/api/suggest", "/api/health",
        "/api/openapi.yaml", "/api/facets/theme");
    for (String path : paths) {
      assertThat(http.send("GET", path).statusCode()).as(path).isNotEqualTo(405);
      for (String method : METHODS) {
        HttpResponse<byte[]> r = http.send(method, path);
        JsonNode p = problem(r, 405);
        assertThat(r.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET, HEAD");
        assertThat(p.get("detail").asText()).contains(method);
      }
    }
  }

  @Test
  void theMethodIsCheckedBeforeTheParameters() {
    problem(http.send("POST", "/api/search?size=0"), 405);
    problem(http.send("DELETE", "/api/documents/0123456789abcdef"), 405);
  }

  @Test
  void anUnknownApiPathStaysANotFoundWhateverTheMethod() {
    for (String method : METHODS) {
      HttpResponse<byte[]> r = http.send(method, "/api/nothing-here");
      problem(r, 404);
      assertThat(r.headers().firstValue("Allow")).isEmpty();
    }
  }

  @Test
  void headAnswersEveryDocumentedRouteLikeGet() {
    for (String path : documentedPaths()) {
      HttpResponse<byte[]> get = http.send("GET", path);
      HttpResponse<byte[]> head = http.send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).isEmpty();
    }
  }
}
