package fr.santekb.api.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one ranker scored on the judged set.
 *
 * @param ranker the ranker's name
 * @param byQuery query id to its metrics, in the set's order
 * @param rankings query id to the contents ranked (copies collapsed), best first
 * @param kindOfQuery query id to its kind
 */
public record RankerResult(String ranker, Map<String, Metrics> byQuery,
    Map<String, List<String>> rankings, Map<String, String> kindOfQuery) {

  /** The mean over every query. */
  public Metrics overall() {
    return Metrics.mean(List.copyOf(byQuery.values()));
  }

  /** Kind of query to the mean over its queries, kinds in alphabetical order. */
  public Map<String, Metrics> byKind() {
    Map<String, Metrics> out = new TreeMap<>();
    for (String kind : new TreeSet<>(kindOfQuery.values())) {
      out.put(kind, Metrics.mean(byQuery.entrySet().stream()
          .filter(e -> kindOfQuery.get(e.getKey()).equals(kind)).map(Map.Entry::getValue)
          .toList()));
    }
    return out;
  }
}
