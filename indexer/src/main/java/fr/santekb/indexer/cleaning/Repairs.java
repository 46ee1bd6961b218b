package fr.santekb.indexer.cleaning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many repairs the cleaning of one document made, by kind. Page furniture (stamps, page
 * numbers) and whitespace are normalisation, not repairs of damage: they are not counted.
 *
 * @param counts repairs by kind; kinds with none are absent
 */
public record Repairs(Map<RepairKind, Integer> counts) {

  public Repairs {
    EnumMap<RepairKind, Integer> kept = new EnumMap<>(RepairKind.class);
    counts.forEach((kind, n) -> {
      if (n < 0) {
        throw new IllegalArgumentException(kind + ": a count is never negative (got " + n + ")");
      }
      if (n > 0) {
        kept.put(kind, n);
      }
    });
    counts = Collections.unmodifiableMap(kept);
  }

  /** No repair. */
  public static Repairs none() {
    return new Repairs(Map.of());
  }

  public int count(RepairKind kind) {
    return counts.getOrDefault(kind, 0);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
