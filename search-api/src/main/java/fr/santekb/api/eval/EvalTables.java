package fr.santekb.api.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Markdown tables of evaluation results: overall and per kind of query, rankers side by side. */
public final class EvalTables {
  private EvalTables() {}

  /** One row per scope (all queries, then each kind), one column group per ranker. */
  public static String summary(JudgedSet set, List<RankerResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| queries | n |");
    for (RankerResult r : results) {
      out.append(' ').append(r.ranker()).append(" nDCG@10 | R@20 | MRR | zero |");
    }
    out.append('\n').append("| --- | --- |").append(" --- | --- | --- | --- |".repeat(
        results.size())).append('\n');
    row(out, "all", set.queries().size(), results.stream().map(RankerResult::overall).toList());
    for (String kind : results.get(0).byKind().keySet()) {
      long n = set.queries().stream().filter(q -> q.kind().equals(kind)).count();
      row(out, kind, (int) n, results.stream().map(r -> r.byKind().get(kind)).toList());
    }
    return out.toString();
  }

  /** The queries where {@code result} has nDCG@10 below {@code below}, with their top contents. */
  public static String weakQueries(JudgedSet set, RankerResult result, double below) {
    StringBuilder out = new StringBuilder();
    for (JudgedQuery q : set.queries()) {
      Metrics m = result.byQuery().get(q.id());
      if (m.ndcg10() < below) {
        out.append(String.format(Locale.ROOT, "%s [%s] %.3f  %s%n", q.id(), q.kind(), m.ndcg10(),
            q.text()));
        List<String> top = result.rankings().get(q.id());
        for (int i = 0; i < Math.min(5, top.size()); i++) {
          out.append("    ").append(q.grades().getOrDefault(top.get(i), 0)).append(' ')
              .append(top.get(i)).append('\n');
        }
        for (Map.Entry<String, Integer> e : q.grades().entrySet()) {
          if (!top.subList(0, Math.min(10, top.size())).contains(e.getKey())) {
            out.append("    missed ").append(e.getValue()).append(' ').append(e.getKey())
                .append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String scope, int n, List<Metrics> metrics) {
    out.append("| ").append(scope).append(" | ").append(n).append(" |");
    for (Metrics m : metrics) {
      out.append(String.format(Locale.ROOT, " %.3f | %.3f | %.3f | %.3f |", m.ndcg10(),
          m.recall20(), m.reciprocalRank(), m.zeroResults()));
    }
    out.append('\n');
  }
}
