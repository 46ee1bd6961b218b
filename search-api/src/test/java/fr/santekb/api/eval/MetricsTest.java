package fr.santekb.api.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graded metrics on rankings worked out by hand. */
class MetricsTest {
  static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1);

  @Test
  void theIdealRankingScoresOne() {
    Metrics m = Metrics.of(List.of("a", "b", "x"), GRADES);
    assertThat(m.ndcg10()).isEqualTo(1.0, within(1e-9));
    assertThat(m.recall20()).isEqualTo(1.0);
    assertThat(m.reciprocalRank()).isEqualTo(1.0);
    assertThat(m.zeroResults()).isZero();
  }

  @Test
  void aSwappedRankingLosesAsTheFormulaSays() {
    // DCG = 1/log2(2) + 3/log2(3); ideal = 3/log2(2) + 1/log2(3)
    double dcg = 1 + 3 / (Math.log(3) / Math.log(2));
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2));
    Metrics m = Metrics.of(List.of("b", "a"), GRADES);
    assertThat(m.ndcg10()).isEqualTo(dcg / ideal, within(1e-9));
  }

  @Test
  void anEmptyRankingIsAZeroResultQuery() {
    Metrics m = Metrics.of(List.of(), GRADES);
    assertThat(m.ndcg10()).isZero();
    assertThat(m.recall20()).isZero();
    assertThat(m.reciprocalRank()).isZero();
    assertThat(m.zeroResults()).isEqualTo(1.0);
  }

  @Test
  void recallCountsOnlyTheFirstTwenty() {
    List<String> ranking = new java.util.ArrayList<>();
    ranking.add("a");
    for (int i = 0; i < 25; i++) {
      ranking.add("x" + i);
    }
    ranking.add("b");
    Metrics m = Metrics.of(ranking, GRADES);
    assertThat(m.recall20()).isEqualTo(0.5);
    assertThat(m.reciprocalRank()).isEqualTo(1.0);
  }
}
