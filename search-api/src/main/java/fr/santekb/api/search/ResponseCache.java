package fr.santekb.api.search;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.SearchResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The latest search answers, per index generation: the same request on the same snapshot of the
 * index gets the same answer, so it is computed once. A new commit makes a new reader, whose
 * answers are keyed apart; older entries age out. Answers cut by the time budget are not kept (a
 * second try may finish). Least recently used first out; thread-safe.
 */
final class ResponseCache {
  /** Answers kept; a page of 100 hits with snippets weighs about 100 kB. */
  static final int MAX_ENTRIES = 256;

  private record Key(Object generation, SearchRequest request) {}

  /** Computes an answer; the cache's contract with {@link SearchService}. */
  @FunctionalInterface
  interface Computation {
    SearchResponse compute() throws IOException;
  }

  private volatile boolean enabled = true;

  private final Map<Key, SearchResponse> entries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, SearchResponse> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  /** The answer to {@code request} on {@code reader}, computed when not kept yet. */
  SearchResponse get(IndexReader reader, SearchRequest request, Computation computation)
      throws IOException {
    if (!enabled) {
      return computation.compute();
    }
    long t0 = System.nanoTime();
    Key key = new Key(generation(reader), request);
    SearchResponse kept;
    synchronized (entries) {
      kept = entries.get(key);
    }
    if (kept != null) {
      // The same answer, with the time this one took.
      return new SearchResponse(kept.query(), kept.total(), kept.estimated(),
          kept.estimatedFacets(), kept.page(),
          kept.size(),
          (System.nanoTime() - t0) / 1_000_000, kept.hits(), kept.facets(), kept.didYouMean(),
          kept.correctedQuery(), kept.partial());
    }
    SearchResponse computed = computation.compute();
    if (!computed.partial()) {
      synchronized (entries) {
        entries.put(key, computed);
      }
    }
    return computed;
  }

  /** Turns caching on or off; off, every request is computed and nothing is kept. */
  void enable(boolean on) {
    enabled = on;
    if (!on) {
      synchronized (entries) {
        entries.clear();
      }
    }
  }

  /** Identifies the reader's point-in-time view: a new commit gives a new key. */
  private static Object generation(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper != null ? helper.getKey() : reader;
  }
}
