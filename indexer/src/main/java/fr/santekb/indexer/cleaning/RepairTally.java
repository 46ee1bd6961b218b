package fr.santekb.indexer.cleaning;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Counts the repairs of one cleaning call as its steps make them; one per call, not shared. */
final class RepairTally {
  private final Map<RepairKind, Integer> counts = new EnumMap<>(RepairKind.class);

  void add(RepairKind kind, int n) {
    counts.merge(kind, n, Integer::sum);
  }

  void add(RepairKind kind) {
    add(kind, 1);
  }

  /**
   * {@code text} with each match of {@code pattern} replaced by {@code replacement} ({@code $1}
   * allowed, as in {@link java.util.regex.Matcher#replaceAll(String)}), each counted as one
   * repair of {@code kind}.
   */
  String replaceAll(Pattern pattern, CharSequence text, String replacement, RepairKind kind) {
    return pattern.matcher(text).replaceAll(m -> {
      add(kind);
      return replacement;
    });
  }

  Repairs repairs() {
    return new Repairs(counts);
  }
}
