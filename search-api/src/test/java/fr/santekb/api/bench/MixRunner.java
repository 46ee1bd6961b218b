package fr.santekb.api.bench;

import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.Hit;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Not a test: one build's search service over one index, driven by {@link PairedBuilds} through
 * JDK types only, so that two builds of the project can run side by side in one JVM. Answers a
 * request (as query parameters) with a fingerprint of its whole answer (hits with their scores,
 * snippets and copies, total, facet counts, corrections; not the time taken; hits of equal score
 * taken by id); the answer cache is off.
 */
public final class MixRunner implements ToLongFunction<Map<String, List<String>>>, AutoCloseable {
  private final SearchService service;
  /** Milliseconds until searches are answered, then until completions are ready too. */
  public final long searchableMs;
  public final long completionsMs;

  public MixRunner(String root, String index) throws IOException {
    SantekbConfig config = ConfigLoader.load(Path.of(root).resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    long t0 = System.nanoTime();
    service = SearchService.open(Path.of(index), schema, Vocabularies.load(config),
        Duration.ofMinutes(10));
    searchableMs = (System.nanoTime() - t0) / 1_000_000;
    service.suggest("santé", 1); // waits for the completions when they are built apart
    completionsMs = (System.nanoTime() - t0) / 1_000_000;
    service.cacheResponses(false);
  }

  @Override
  public long applyAsLong(Map<String, List<String>> params) {
    try {
      SearchResponse r = service.search(SearchRequestParser.parse(params));
      // Component by component (not tookMs), by reflection: the build of the response record may
      // differ from the one this class was compiled against (a component added since). An exact
      // answer compares equal to one of a build without estimates.
      List<Object> parts = new java.util.ArrayList<>();
      for (var component : SearchResponse.class.getRecordComponents()) {
        Object value = component.getAccessor().invoke(r);
        if (!component.getName().equals("tookMs")
            && !(component.getName().equals("estimated") && Boolean.FALSE.equals(value))) {
          parts.add(component.getName().equals("hits") ? tiesById(r.hits()) : value);
        }
      }
      return parts.hashCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The parts of the answer to {@code params} that {@link #applyAsLong} fingerprints, one per line
   * (total, each hit, each facet's counts, corrections), to see where two answers differ.
   */
  public List<String> describe(Map<String, List<String>> params) throws IOException {
    SearchResponse r = service.search(SearchRequestParser.parse(params));
    List<String> lines = new java.util.ArrayList<>();
    lines.add("total " + r.total() + " partial " + r.partial() + " didYouMean " + r.didYouMean()
        + " corrected " + r.correctedQuery());
    tiesById(r.hits()).forEach(h -> lines.add("hit " + h.id() + " " + h.score() + " " + h.path()
        + " snippets#" + h.snippets().hashCode() + " formats#" + h.formats().hashCode()
        + " rest#" + h.hashCode()));
    r.facets().forEach((k, v) -> lines.add("facet " + k + " " + v));
    return lines;
  }

  /**
   * The hits with those of equal score by id: Lucene orders ties by document number, which two
   * indexes of the same records need not share.
   */
  private static List<Hit> tiesById(List<Hit> hits) {
    return hits.stream().sorted(Comparator.comparing(Hit::score, Comparator.reverseOrder())
        .thenComparing(Hit::id)).toList();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
