package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.http.SecurityHeaders;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every response (page, scripts, API answers, errors, Jetty's own refusals, original files)
 * carries the security headers; originals keep their sandbox policy (framed by no site) and text
 * ones say their charset; no CORS header is sent.
 */
class SecurityHeadersTest {
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";
  static final TestServer shared = TestServer.shared();
  static SearchServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    Path ui = Path.of(System.getProperty("santekb.root", "..")).resolve("ui");
    server = SearchServer.start(TestServer.settings(shared.corpus.index, Optional.of(ui)));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String fileUrl(String relative) {
    return "/api/documents/" + shared.corpus.id(relative) + "/file";
  }

  @Test
  void everyKindOfResponseCarriesThePolicyNosniffAndReferrerPolicy() {
    record Case(String method, String path, int status) {}
    for (Case c : List.of(new Case("GET", "/", 200), new Case("GET", "/document.html", 200),
        new Case("GET", "/app.css", 200), new Case("GET", "/js/search.js", 200),
        new Case("GET", "/favicon.svg", 200), new Case("GET", "/missing.html", 404),
        new Case("GET", "/api/search?q=sant%C3%A9", 200), new Case("HEAD", "/api/health", 200),
        new Case("GET", "/api/openapi.yaml", 200), new Case("GET", "/api/search?size=0", 400),
        new Case("GET", "/api/documents/0123456789abcdef", 404),
        new Case("GET", "/api/nothing-here", 404), new Case("POST", "/api/search", 405),
        new Case("OPTIONS", "/api/suggest", 405))) {
      HttpResponse<byte[]> r = http.send(c.method(), c.path(), "Origin", "http://example.org");
      assertThat(r.statusCode()).as(c.toString()).isEqualTo(c.status());
      HttpHeaders h = r.headers();
      assertThat(h.allValues("Content-Security-Policy")).as(c.toString()).containsExactly(POLICY);
      assertThat(h.firstValue("X-Content-Type-Options")).as(c.toString()).hasValue("nosniff");
      assertThat(h.firstValue("Referrer-Policy")).as(c.toString()).hasValue("same-origin");
      assertThat(h.firstValue("Access-Control-Allow-Origin")).as(c.toString()).isEmpty();
    }
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).isEqualTo(POLICY);
  }

  @Test
  void requestsJettyRefusesBeforeRoutingCarryTheHeadersToo() {
    for (String raw : List.of("/api/documents/%00/file", "/api/search?q=" + "x".repeat(70_000))) {
      String response = http.rawResponse(raw);
      String head = response.substring(0, response.indexOf("\r\n\r\n"));
      assertThat(head).as(raw).startsWith("HTTP/1.1 4");
      assertThat(Http.header(head, "Content-Security-Policy")).as(raw).isEqualTo(POLICY);
      assertThat(Http.header(head, "X-Content-Type-Options")).as(raw).isEqualTo("nosniff");
      assertThat(Http.header(head, "Referrer-Policy")).as(raw).isEqualTo("same-origin");
    }
  }

  @Test
  void originalFilesKeepTheirSandboxAndTextOnesNameTheirCharset() {
    for (String relative : List.of(MiniCorpus.LONG_PDF, MiniCorpus.FICHE, MiniCorpus.ARLES)) {
      HttpHeaders h = http.send("GET", fileUrl(relative)).headers();
      assertThat(h.allValues("Content-Security-Policy")).as(relative).containsExactly("sandbox; frame-ancestors 'none'");
      assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
    }
    assertThat(contentType(MiniCorpus.LONG_PDF)).isEqualTo("application/pdf");
    assertThat(contentType(MiniCorpus.FICHE)).isEqualTo("text/plain;charset=utf-8");
    assertThat(contentType(MiniCorpus.ARLES)).isEqualTo("text/html;charset=utf-8");
  }

  /** The type an original is served with, without spaces (Jetty writes none before charset). */
  private static String contentType(String relative) {
    return http.send("HEAD", fileUrl(relative)).headers().firstValue("Content-Type").orElse("")
        .replace(" ", "");
  }
}
