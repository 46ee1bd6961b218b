package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.config.ServeSettings.RequestLogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real server started with serve settings from santekb.yaml: CORS origins answered on /api only,
 * and the request log as JSON lines on stdout.
 */
class CorsAndRequestLogTest {
  private static final String ALLOWED = "https://intranet.example";
  private static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();
  private static PrintStream realStdout;
  private static SearchServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    SearchSettings base = TestServer.settings(TestServer.shared().corpus.index,
        Optional.of(MiniCorpus.configDir().getParent().resolve("ui")));
    realStdout = System.out;
    System.setOut(new PrintStream(STDOUT, true, StandardCharsets.UTF_8));
    server = SearchServer.start(new SearchSettings(base.indexDir(), base.configDir(), base.host(),
        0, base.uiDir(), base.refreshEvery(), base.searchBudget(), List.of(ALLOWED),
        RequestLogFormat.JSON));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    System.setOut(realStdout);
    server.close();
  }

  @Test
  void anAllowedOriginGetsItsOriginBackOnApiRoutes() {
    HttpResponse<byte[]> r = http.send("GET", "/api/search?q=sant%C3%A9", "Origin", ALLOWED);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
    assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
  }

  @Test
  void anotherOriginAndThePageGetNoCorsHeader() {
    HttpResponse<byte[]> other = http.send("GET", "/api/health", "Origin", "https://ailleurs.example");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<byte[]> page = http.send("GET", "/", "Origin", ALLOWED);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void withoutOriginsNoCallerIsAllowed() {
    HttpResponse<byte[]> r = TestServer.shared().http.send("GET", "/api/health", "Origin",
        ALLOWED);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void eachRequestIsOneJsonLineOnStdout() throws Exception {
    http.send("GET", "/api/suggest?q=sant");
    JsonNode line = null;
    // The line is written once the answer is sent: it may trail the response by a moment.
    for (int i = 0; i < 40 && line == null; i++) {
      for (String l : STDOUT.toString(StandardCharsets.UTF_8).split("\n")) {
        if (l.startsWith("{") && l.contains("/api/suggest")) {
          line = new ObjectMapper().readTree(l);
        }
      }
      Thread.sleep(50);
    }
    assertThat(line).as("a JSON line for /api/suggest in: " + STDOUT).isNotNull();
    assertThat(line.path("method").asText()).isEqualTo("GET");
    assertThat(line.path("path").asText()).isEqualTo("/api/suggest");
    assertThat(line.path("status").asInt()).isEqualTo(200);
    assertThat(line.path("time").asText()).endsWith("Z");
    assertThat(line.has("ms")).isTrue();
  }
}
