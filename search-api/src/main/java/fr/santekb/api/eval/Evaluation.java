package fr.santekb.api.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Runs every query of a judged set through rankers and scores their rankings. */
public final class Evaluation {
  /** How deep each ranking is read (MRR looks this far; nDCG and recall use 10 and 20). */
  static final int DEPTH = 100;

  private Evaluation() {}

  /** The result of {@code ranker} on {@code set}. */
  public static RankerResult run(JudgedSet set, Ranker ranker) throws IOException {
    Map<String, Metrics> byQuery = new LinkedHashMap<>();
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (JudgedQuery q : set.queries()) {
      List<String> ranking = collapse(ranker.rank(q.text(), DEPTH), set);
      byQuery.put(q.id(), Metrics.of(ranking, q.grades()));
      rankings.put(q.id(), ranking);
      kinds.put(q.id(), q.kind());
    }
    return new RankerResult(ranker.name(), byQuery, rankings, kinds);
  }

  /** Documents to contents, each content kept at its best rank only. */
  static List<String> collapse(List<String> documents, JudgedSet set) {
    LinkedHashSet<String> contents = new LinkedHashSet<>();
    for (String d : documents) {
      contents.add(set.contentKey(d));
    }
    return new ArrayList<>(contents);
  }
}
