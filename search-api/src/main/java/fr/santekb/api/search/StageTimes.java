package fr.santekb.api.search;

import java.util.Arrays;

/**
 * Time spent per {@link SearchStage} by the searches it is handed to: each {@link #lap} charges the
 * time since the previous lap to a stage. {@link #OFF} records nothing and costs nothing; searches
 * served to users use it, benchmarks pass their own. Not thread-safe: one per thread.
 */
class StageTimes {
  /** Records nothing. */
  static final StageTimes OFF = new StageTimes() {
    @Override
    void start() {}

    @Override
    void lap(SearchStage stage) {}
  };

  private final long[] nanos = new long[SearchStage.values().length];
  private long last;

  /** Starts the clock: the next lap counts from now. */
  void start() {
    last = System.nanoTime();
  }

  /** Charges the time since the last lap (or {@link #start}) to {@code stage}. */
  void lap(SearchStage stage) {
    long now = System.nanoTime();
    nanos[stage.ordinal()] += now - last;
    last = now;
  }

  /** Nanoseconds charged to {@code stage} so far. */
  long nanos(SearchStage stage) {
    return nanos[stage.ordinal()];
  }

  /** Forgets what was charged. */
  void reset() {
    Arrays.fill(nanos, 0);
  }
}
