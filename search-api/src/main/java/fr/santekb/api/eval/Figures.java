package fr.santekb.api.eval;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's figures kept in the repository ({@code config/eval/search-figures.tsv}): overall
 * and per kind of query. The test command compares a fresh run with them: a drop beyond {@link
 * #TOLERANCE} fails, and so does a gain beyond it, so that the kept figures stay the true ones.
 */
public final class Figures {
  /** Absolute slack on every metric: rankings tie-break differently from one run to the next. */
  public static final double TOLERANCE = 0.01;
  private static final String HEADER = "scope\tndcg10\trecall20\tmrr\tzero";

  private Figures() {}

  /** Writes the figures of {@code result}: one line for all queries, then one per kind. */
  public static void write(RankerResult result, Path file, String command) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# santekb on the judged set; made by: ").append(command).append('\n');
    out.append("# checked by the test command with a tolerance of ").append(TOLERANCE)
        .append(" on each metric (a drop fails, a gain asks for this file to be rewritten)\n");
    out.append(HEADER).append('\n');
    line(out, "all", result.overall());
    result.byKind().forEach((kind, m) -> line(out, kind, m));
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  /** Kept figures by scope ("all" or a kind). */
  public static Map<String, Metrics> read(Path file) throws IOException {
    Map<String, Metrics> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 5) {
        throw new ConfigException(file + ": '" + line + "' needs 5 columns: " + HEADER);
      }
      out.put(c[0], new Metrics(Double.parseDouble(c[1]), Double.parseDouble(c[2]),
          Double.parseDouble(c[3]), Double.parseDouble(c[4])));
    }
    return out;
  }

  /** Every difference beyond the tolerance between {@code result} and the kept figures. */
  public static List<String> differences(RankerResult result, Map<String, Metrics> kept) {
    Map<String, Metrics> now = new LinkedHashMap<>();
    now.put("all", result.overall());
    now.putAll(result.byKind());
    List<String> out = new ArrayList<>();
    for (String scope : kept.keySet()) {
      if (!now.containsKey(scope)) {
        out.add(scope + ": kept but no longer measured");
      }
    }
    now.forEach((scope, m) -> {
      Metrics k = kept.get(scope);
      if (k == null) {
        out.add(scope + ": measured but not kept");
        return;
      }
      compare(out, scope, "nDCG@10", m.ndcg10(), k.ndcg10(), true);
      compare(out, scope, "recall@20", m.recall20(), k.recall20(), true);
      compare(out, scope, "MRR", m.reciprocalRank(), k.reciprocalRank(), true);
      compare(out, scope, "zero-result rate", m.zeroResults(), k.zeroResults(), false);
    });
    return out;
  }

  static void compare(List<String> out, String scope, String metric, double now,
      double kept, boolean higherIsBetter) {
    double gain = higherIsBetter ? now - kept : kept - now;
    if (Math.abs(gain) > TOLERANCE) {
      out.add(String.format(Locale.ROOT, "%s %s: %.3f, kept %.3f (%s)", scope, metric, now, kept,
          gain < 0 ? "a drop" : "better: rewrite the kept figures"));
    }
  }

  private static void line(StringBuilder out, String scope, Metrics m) {
    out.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%.4f%n", scope, m.ndcg10(),
        m.recall20(), m.reciprocalRank(), m.zeroResults()));
  }
}
