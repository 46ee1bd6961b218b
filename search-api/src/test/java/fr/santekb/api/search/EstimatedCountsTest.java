package fr.santekb.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.santekb.api.GeneratedRecords;
import fr.santekb.api.MiniCorpus;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.Hit;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Estimated totals and facet counts over an index of 3,000 generated records, with a sample of at
 * least 256 documents (one in eight here, 375) and estimates from 100 sampled matches (about 800
 * matches): broad searches say
 * {@code estimated} and come close to the exact counts of the same search with estimation off,
 * with the same hits; narrow searches and the facet values endpoint stay exact.
 */
class EstimatedCountsTest {
  private static final int RECORDS = 3_000;
  private static final CountEstimation SMALL = new CountEstimation(256, 100);
  private static final int RARE_EVERY = GeneratedRecords.RARE_EVERY;

  @TempDir
  static Path dir;
  static Path index;
  static Schema schema;
  static Vocabularies vocabularies;
  static SearchService estimating;
  static SearchService exact;

  @BeforeAll
  static void index() throws IOException {
    index = GeneratedRecords.writeAndIndex(dir, RECORDS);
    SantekbConfig config = ConfigLoader.load(MiniCorpus.configDir());
    schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    vocabularies = Vocabularies.load(config);
    estimating = SearchService.open(index, schema, vocabularies, Duration.ofHours(1),
        Duration.ofMinutes(1), SMALL);
    exact = SearchService.open(index, schema, vocabularies, Duration.ofHours(1),
        Duration.ofMinutes(1), CountEstimation.NEVER);
    estimating.cacheResponses(false);
    exact.cacheResponses(false);
  }

  @AfterAll
  static void close() throws IOException {
    if (estimating != null) {
      estimating.close();
    }
    if (exact != null) {
      exact.close();
    }
  }

  private static SearchResponse search(SearchService service, String... params)
      throws IOException {
    Map<String, List<String>> query = new java.util.LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      query.computeIfAbsent(params[i], k -> new ArrayList<>()).add(params[i + 1]);
    }
    return service.search(SearchRequestParser.parse(query));
  }

  @Test
  void aBroadSearchEstimatesItsTotalAndCountsButRanksEveryMatch() throws IOException {
    SearchResponse estimated = search(estimating, "q", "santé", "size", "20");
    SearchResponse counted = search(exact, "q", "santé", "size", "20");
    assertTrue(estimated.estimated(), "3,000 matches, estimated from the sample");
    assertEquals(Arrays.stream(FacetName.values()).map(FacetName::apiName).sorted().toList(),
        estimated.estimatedFacets(), "every facet estimated with the total");
    assertFalse(counted.estimated());
    assertEquals(RECORDS, counted.total());
    assertTrue(Math.abs(estimated.total() - counted.total()) <= 0.15 * counted.total(),
        "estimate " + estimated.total() + " vs " + counted.total());
    assertEquals(counted.hits().stream().map(Hit::id).toList(),
        estimated.hits().stream().map(Hit::id).toList(), "the hits are never estimated");
    assertClose(counted.facets().get("year"), estimated.facets().get("year"), 0.35);
    assertClose(counted.facets().get("commune"), estimated.facets().get("commune"), 0.35);
  }

  @Test
  void aFilteredSearchCountsItsHitsExactlyAndEstimatesTheNearMissesOfItsFilter()
      throws IOException {
    // 300 records of 2020: their total and facets are exact; the other years are counted among
    // the 3,000 records matching « santé » (the near misses of the year filter): estimated.
    SearchResponse estimated = search(estimating, "q", "santé", "year", "2020");
    SearchResponse counted = search(exact, "q", "santé", "year", "2020");
    assertFalse(estimated.estimated(), "the total of 300 hits is exact");
    assertEquals(RECORDS / 10, estimated.total());
    assertEquals(counted.total(), estimated.total());
    assertEquals(List.of("year"), estimated.estimatedFacets());
    assertEquals(List.of(), counted.estimatedFacets());
    assertEquals(counted.facets().get("commune"), estimated.facets().get("commune"),
        "the facets of the hits are exact");
    assertClose(counted.facets().get("year"), estimated.facets().get("year"), 0.35);
    assertEquals(counted.hits().stream().map(Hit::id).toList(),
        estimated.hits().stream().map(Hit::id).toList());
  }

  @Test
  void aFilterWithFewNearMissesIsCountedExactly() throws IOException {
    // « saturnisme » in 2015: 150 records, and 150 near misses (all of 2015): exact.
    SearchResponse estimated = search(estimating, "q", "saturnisme", "year", "2015");
    assertEquals(List.of(), estimated.estimatedFacets());
    assertEquals(search(exact, "q", "saturnisme", "year", "2015").facets(), estimated.facets());
  }

  @Test
  void aNarrowSearchIsCountedExactly() throws IOException {
    SearchResponse estimated = search(estimating, "q", "saturnisme");
    assertFalse(estimated.estimated(), "150 matches: the top-hits pass counted them all");
    assertEquals(RECORDS / RARE_EVERY, estimated.total());
    assertEquals(search(exact, "q", "saturnisme").facets(), estimated.facets());
  }

  @Test
  void aSearchTheSampleFindsUnderTheEstimateThresholdIsCountedExactly() throws IOException {
    // « prévention »: 1,500 records, past the 1,000 the top-hits pass counts exactly; about 190
    // of them are in the sample, under 300: every match is then counted.
    try (SearchService strict = SearchService.open(index, schema, vocabularies,
        Duration.ofHours(1), Duration.ofMinutes(1), new CountEstimation(256, 300))) {
      strict.cacheResponses(false);
      SearchResponse answer = search(strict, "q", "prévention");
      assertFalse(answer.estimated());
      assertEquals(RECORDS / 2, answer.total());
      assertEquals(search(exact, "q", "prévention").facets(), answer.facets());
    }
    SearchResponse estimated = search(estimating, "q", "prévention");
    assertTrue(estimated.estimated(), "from 100 sampled matches on, it is estimated");
    assertTrue(Math.abs(estimated.total() - RECORDS / 2) <= 0.15 * RECORDS / 2,
        "estimate " + estimated.total());
  }

  @Test
  void theFacetValuesEndpointCountsExactly() throws IOException {
    var context = SearchRequestParser.parse(Map.of("q", List.of("santé")));
    var estimated = estimating.facetValues(FacetName.YEAR, "", 100, context);
    assertEquals(exact.facetValues(FacetName.YEAR, "", 100, context), estimated);
    assertEquals(RECORDS / 10, estimated.values().get(0).count(), "300 records a year");
  }

  /** Each value counted at least 100 times is within {@code tolerance} of its count. */
  private static void assertClose(List<FacetValue> exactValues, List<FacetValue> estimates,
      double tolerance) {
    int compared = 0;
    for (FacetValue e : exactValues) {
      if (e.count() < 100) {
        continue;
      }
      FacetValue estimate = estimates.stream().filter(v -> v.value().equals(e.value()))
          .findFirst().orElseThrow(() -> new AssertionError("estimate missing: " + e));
      assertTrue(Math.abs(estimate.count() - e.count()) <= tolerance * e.count(),
          e.value() + ": estimate " + estimate.count() + " vs " + e.count());
      compared++;
    }
    assertTrue(compared >= 3, "values compared: " + compared);
  }
}
