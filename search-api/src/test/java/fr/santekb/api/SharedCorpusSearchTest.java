package fr.santekb.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over the shared real corpus ({@code ../shared/corpus/seeds} and {@code documents}),
 * indexed once for the class. Skipped when the shared folder is absent.
 */
class SharedCorpusSearchTest {
  static final Path SHARED = Path.of(System.getProperty("santekb.root", "."))
      .resolve("../shared/corpus").normalize();
  static final Path SEEDS = SHARED.resolve("seeds");
  static final Path DOCUMENTS = SHARED.resolve("documents");
  /** The seeds whose text speaks of santé mentale (000: CLS Marseille, 001: OSCARS record of
   *  the CLS Pays de Martigues, 003: the ARS page on CLS). */
  static final List<String> SANTE_MENTALE_SEEDS = List.of("000_8c19fce57eb3e8e4.txt",
      "001_8c494b508d96c8f9.txt", "003_3dc2d6b04dfac7bf.txt");
  static final String SEED_001 = "001_8c494b508d96c8f9.txt";

  @TempDir static Path tmp;
  static SearchServer server;
  static Http http;

  @BeforeAll
  static void indexAndServe() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS) && Files.isDirectory(DOCUMENTS),
        "shared corpus absent at " + SHARED + ": these checks need ../shared/corpus");
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()))) {
      c.runner(2).run(List.of(SEEDS, DOCUMENTS), index, false, total -> new ProgressBar(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false,
          total));
    }
    server = SearchServer.start(TestServer.settings(index, Optional.empty()));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static List<String> topPaths(String q, int n) {
    List<String> out = new ArrayList<>();
    http.json("/api/search", "q", q, "size", Integer.toString(n)).get("hits")
        .forEach(h -> out.add(h.get("path").asText()));
    return out;
  }

  @Test
  void santeMentaleRanksTheSeedsAboutItFirst() {
    List<String> top = topPaths("santé mentale", SANTE_MENTALE_SEEDS.size());
    assertThat(top).containsExactlyInAnyOrderElementsOf(SANTE_MENTALE_SEEDS);
  }

  @Test
  void theQueryWithoutAccentsGivesTheSameTopResults() {
    assertThat(topPaths("sante mentale", 10)).isEqualTo(topPaths("santé mentale", 10));
    assertThat(topPaths("SANTE MENTALE", 10)).isEqualTo(topPaths("santé mentale", 10));
  }

  @Test
  void theOscarsRecordOfSeed001CarriesItsPartnersAndCommunesAsFacets() {
    JsonNode hits = http.json("/api/search", "q", "Pays de Martigues", "size", "20").get("hits");
    JsonNode seed = null;
    for (JsonNode h : hits) {
      if (h.get("path").asText().equals(SEED_001)) {
        seed = h;
      }
    }
    assertThat(seed).as("seed 001 among the hits").isNotNull();
    JsonNode doc = http.json("/api/documents/" + seed.get("id").asText());
    List<String> partners = new ArrayList<>();
    doc.get("facets").path("partner").forEach(p -> partners.add(p.get("value").asText()));
    // The record lists 37 partners; every one resolves to a vocabulary entry (some share one).
    assertThat(partners).hasSizeGreaterThanOrEqualTo(30).contains("atmo-sud", "ors");
    List<String> communes = new ArrayList<>();
    doc.get("facets").path("commune").forEach(c -> communes.add(c.get("value").asText()));
    assertThat(communes).containsExactlyInAnyOrder("13056", "13077", "13098");
    assertThat(doc.get("actionRecord").isObject()).isTrue();
    assertThat(seed.get("facets").path("commune").size()).isEqualTo(communes.size());
  }

  @Test
  void aFilterOnAFacetOfSeed001FindsIt() {
    JsonNode r = http.json("/api/search", "commune", "13056", "size", "50");
    List<String> paths = new ArrayList<>();
    r.get("hits").forEach(h -> paths.add(h.get("path").asText()));
    assertThat(paths).contains(SEED_001);
  }
}
