package fr.santekb.api.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the index's metadata compares with the hand-labelled sample.
 *
 * @param labelled documents in the sample
 * @param found of those, documents the index holds
 * @param figures metric name ("communes precision", "title accuracy"…) to its value, in print order
 * @param misses one line per wrong value, for reading
 */
public record MetadataResult(int labelled, int found, Map<String, Double> figures,
    List<String> misses) {
  public MetadataResult {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    misses = List.copyOf(misses);
  }
}
