package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/health} says whether searches can find anything, not only that the server runs. */
class HealthEndpointTest {
  @TempDir Path tmp;

  @Test
  void anIndexWithDocumentsIsReadyWithItsCountAndCommitTime() throws Exception {
    JsonNode health = TestServer.shared().http.json("/api/health");
    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("ready").asBoolean()).isTrue();
    assertThat(health.path("documents").asInt()).isPositive();
    assertThat(Instant.parse(health.path("commitTime").asText())).isBefore(Instant.now());
    assertThat(OpenApiValidator.load().validate(health, "HealthResponse")).isEmpty();
  }

  @Test
  void anEmptyIndexAnswersButIsNotReady() throws Exception {
    Path index = tmp.resolve("index");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      w.commit();
    }
    try (SearchServer server = SearchServer.start(TestServer.settings(index, Optional.empty()))) {
      JsonNode health = new Http(server.port()).json("/api/health");
      assertThat(health.path("status").asText()).isEqualTo("ok");
      assertThat(health.path("ready").asBoolean()).isFalse();
      assertThat(health.path("documents").asInt()).isZero();
      assertThat(OpenApiValidator.load().validate(health, "HealthResponse")).isEmpty();
    }
  }
}
