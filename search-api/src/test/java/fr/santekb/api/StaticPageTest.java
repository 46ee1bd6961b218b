package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page folder is served at {@code /}, beside the API, and nothing outside it. */
class StaticPageTest {
  @TempDir Path tmp;

  @Test
  void thePageIsServedAtTheRootAndNothingOutsideItsFolder() throws Exception {
    Path ui = Files.createDirectories(tmp.resolve("site/ui"));
    Files.writeString(ui.resolve("index.html"), "<!doctype html><title>santekb</title>",
        StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("site/secret.txt"), "confidentiel", StandardCharsets.UTF_8);
    // The folder is given with ".." in it, as a relative launch might: it is normalised.
    Path given = ui.resolve("../ui");
    try (SearchServer server = SearchServer.start(TestServer.settings(
        TestServer.shared().corpus.index, Optional.of(given)))) {
      Http http = new Http(server.port());
      Http.Answer page = http.get("/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<title>santekb</title>");
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(http.get("/index.html").status()).isEqualTo(200);
      for (String raw : new String[] {"/../secret.txt", "/%2e%2e/secret.txt",
          "/..%2fsecret.txt", "/ui/../secret.txt"}) {
        Http.Answer a = http.rawGet(raw);
        assertThat(a.status()).as(raw).isBetween(400, 499);
        assertThat(a.body()).as(raw).doesNotContain("confidentiel");
      }
      assertThat(http.json("/api/health").get("status").asText()).isEqualTo("ok");
      assertThat(http.get("/api/openapi.yaml").body()).startsWith("openapi: 3.0.3");
    }
  }

  @Test
  void theServedOpenApiDocumentIsTheOneResponsesAreCheckedAgainst() throws Exception {
    Http http = TestServer.shared().http;
    Http.Answer a = http.get("/api/openapi.yaml");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/yaml");
    OpenApiValidator served = OpenApiValidator.parse(a.bytes());
    assertThat(served.document()).isEqualTo(OpenApiValidator.load().document());
    assertThat(served.document().path("paths").size()).isEqualTo(12);
    assertThat(served.validate(http.json("/api/health"), "HealthResponse")).isEmpty();
  }
}
