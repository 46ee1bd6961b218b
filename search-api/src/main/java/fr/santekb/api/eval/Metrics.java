package fr.santekb.api.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Graded relevance metrics of one ranking of contents (copies already collapsed).
 *
 * @param ndcg10 nDCG@10 with gain 2^grade − 1 and the usual log2 discount
 * @param recall20 share of the relevant contents found in the first 20
 * @param reciprocalRank 1 / rank of the first relevant content, 0 when none is ranked
 * @param zeroResults 1 when the ranking is empty, else 0
 */
public record Metrics(double ndcg10, double recall20, double reciprocalRank, double zeroResults) {

  /** The metrics of {@code ranking} (content keys, best first) against {@code grades}. */
  public static Metrics of(List<String> ranking, Map<String, Integer> grades) {
    double dcg = dcg(ranking.stream().limit(10).map(k -> grades.getOrDefault(k, 0)).toList());
    double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(10)
        .toList());
    long found = ranking.stream().limit(20).filter(grades::containsKey).count();
    double rr = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (grades.containsKey(ranking.get(i))) {
        rr = 1.0 / (i + 1);
        break;
      }
    }
    return new Metrics(ideal == 0 ? 0 : dcg / ideal,
        grades.isEmpty() ? 0 : (double) found / grades.size(), rr, ranking.isEmpty() ? 1 : 0);
  }

  /** The mean of each metric over {@code all}. */
  public static Metrics mean(List<Metrics> all) {
    int n = Math.max(1, all.size());
    return new Metrics(all.stream().mapToDouble(Metrics::ndcg10).sum() / n,
        all.stream().mapToDouble(Metrics::recall20).sum() / n,
        all.stream().mapToDouble(Metrics::reciprocalRank).sum() / n,
        all.stream().mapToDouble(Metrics::zeroResults).sum() / n);
  }

  private static double dcg(List<Integer> gains) {
    double sum = 0;
    for (int i = 0; i < gains.size(); i++) {
      sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
