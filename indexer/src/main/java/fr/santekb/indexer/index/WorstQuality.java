package fr.santekb.indexer.index;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the reports of the documents with the lowest quality scores seen so far, at most {@code
 * size} of them, in memory bounded by {@code size} however many are offered. Thread-safe.
 */
final class WorstQuality {
  /** Lowest score first; among equal scores, the first path in order. */
  static final Comparator<FileReport> WORST_FIRST = Comparator
      .comparingDouble((FileReport f) -> f.quality().score())
      .thenComparing(FileReport::source).thenComparing(FileReport::path);

  private final int size;
  /** The best of the kept reports on top, to be dropped when a worse one comes. */
  private final PriorityQueue<FileReport> kept;

  WorstQuality(int size) {
    this.size = size;
    this.kept = new PriorityQueue<>(WORST_FIRST.reversed());
  }

  /** Offers a report that has a quality. */
  synchronized void offer(FileReport report) {
    kept.add(report);
    if (kept.size() > size) {
      kept.poll();
    }
  }

  /** The kept reports, lowest score first. */
  synchronized List<FileReport> lowest() {
    return kept.stream().sorted(WORST_FIRST).toList();
  }
}
