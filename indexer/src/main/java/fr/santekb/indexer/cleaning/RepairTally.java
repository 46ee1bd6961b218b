package fr.santekb.indexer.cleaning;

import java.util.EnumMap;
import java.util.Map;

/** Counts the repairs of one cleaning call as its steps make them; one per call, not shared. */
final class RepairTally {
  private final Map<RepairKind, Integer> counts = new EnumMap<>(RepairKind.class);

  void add(RepairKind kind, int n) {
    counts.merge(kind, n, Integer::sum);
  }

  void add(RepairKind kind) {
    add(kind, 1);
  }

  Repairs repairs() {
    return new Repairs(counts);
  }
}
