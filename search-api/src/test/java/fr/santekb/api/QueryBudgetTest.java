package fr.santekb.api;

import static fr.santekb.api.Problems.invalidParameter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that would expand without bound are refused before any work (fuzzy and prefix words
 * are capped per query, a prefix per word matched), and a search that runs out of its time budget
 * answers 200 with what it found and {@code partial: true}. The budget test uses a budget of one
 * nanosecond, so it is cut on every run, not on a slow machine only.
 */
class QueryBudgetTest {
  static final OpenApiValidator openApi = OpenApiValidator.load();
  @TempDir static Path tmp;
  static SearchServer server;
  static SearchServer hurried;
  static Http http;

  /** Sixty notes, 1,500 distinct words starting with "zq" among them. */
  @BeforeAll
  static void start() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int n = 0; n < 60; n++) {
      StringBuilder text = new StringBuilder("Note " + n + " sur la santé mentale et l’accès"
          + " aux soins des habitants de Martigues.\n");
      for (int w = 0; w < 25; w++) {
        int k = n * 25 + w;
        text.append("zq").append((char) ('a' + k / 676)).append((char) ('a' + k / 26 % 26))
            .append((char) ('a' + k % 26)).append(' ');
      }
      Files.writeString(corpus.resolve("note-" + n + ".txt"), text, StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()))) {
      c.runner(1).run(List.of(corpus), index, false, total -> new ProgressBar(new PrintStream(
          OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false, total));
    }
    SearchSettings settings = TestServer.settings(index, Optional.empty());
    server = SearchServer.start(settings);
    hurried = SearchServer.start(new SearchSettings(settings.indexDir(), settings.configDir(),
        settings.host(), 0, Optional.empty(), settings.refreshEvery(), Duration.ofNanos(1)));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    hurried.close();
  }

  private static JsonNode search(Http client, String... params) {
    JsonNode r = client.json("/api/search", params);
    assertThat(openApi.validate(r, "SearchResponse")).isEmpty();
    return r;
  }

  @Test
  void manyFuzzyWordsAreRefusedBeforeAnyExpansion() {
    for (String q : List.of("x~2 ".repeat(150), "sa~2 ".repeat(200), "sant* ".repeat(9),
        "santé~1 ".repeat(5) + "zqa* ".repeat(4))) {
      JsonNode p = invalidParameter(http.get("/api/search", "q", q.strip()), "q");
      assertThat(p.get("detail").asText()).contains("at most 8 words with ~ or *");
      invalidParameter(http.get("/api/facets/theme", "q", q.strip()), "q");
    }
    assertThat(search(http, "q", "samu~").get("partial").asBoolean()).isFalse();
    assertThat(search(http, "q", "santé~1 ".repeat(8).strip()).get("total").asInt()).isEqualTo(60);
  }

  @Test
  void aPrefixMatchingTooManyWordsAsksForMoreLetters() {
    JsonNode p = invalidParameter(http.get("/api/search", "q", "zq*"), "q");
    assertThat(p.get("detail").asText()).contains("zq*").contains("more than 1000 words")
        .contains("type more letters");
    assertThat(search(http, "q", "zqa*").get("total").asInt()).isEqualTo(28); // 676 words
    assertThat(search(http, "q", "zqbz*").get("total").asInt()).isPositive();
  }

  @Test
  void unknownWordsPastTheBudgetAreMatchedExactly() {
    // "zqbzaq" is one edit from "zqbza": found fuzzily while the query has room, not after.
    String garbage = "wxvutk wxvutl wxvutm wxvutn wxvuto wxvutp wxvutq wxvutr ";
    String sevenThenIt = garbage.substring(garbage.indexOf(' ') + 1) + "zqbzaq";
    assertThat(search(http, "q", sevenThenIt, "correct", "false").get("total").asInt())
        .isPositive();
    assertThat(search(http, "q", garbage + "zqbzaq", "correct", "false").get("total").asInt())
        .isZero();
  }

  @Test
  void aSearchOutOfTimeAnswersWhatItFoundMarkedPartial() {
    Http client = new Http(hurried.port());
    JsonNode cut = search(client, "q", "santé mentale");
    assertThat(cut.get("partial").asBoolean()).isTrue();
    assertThat(cut.get("total").asInt()).isLessThan(60);
    assertThat(cut.get("correctedQuery").isNull()).isTrue();
    assertThat(search(client, "theme", "sante-mentale").get("partial").asBoolean()).isTrue();
    JsonNode facet = client.json("/api/facets/commune", "q", "santé");
    assertThat(openApi.validate(facet, "FacetValuesResponse")).isEmpty();
    assertThat(facet.get("partial").asBoolean()).isTrue();

    JsonNode whole = search(http, "q", "santé mentale");
    assertThat(whole.get("partial").asBoolean()).isFalse();
    assertThat(whole.get("total").asInt()).isEqualTo(60);
    assertThat(http.json("/api/facets/commune", "q", "santé").get("partial").asBoolean())
        .isFalse();
  }
}
