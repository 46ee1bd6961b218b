package fr.santekb.api.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * Lets at most a fixed number of searches compute at once (one per core by default); the others
 * wait their turn in arrival order. A search is CPU-bound: past one per core, more of them at once
 * only share the cores, each takes longer, and under 32 concurrent connections they all ran into
 * the client's time-out (BENCHMARKS.md, "API throughput at 10,000 and 100,000 documents"). The
 * time budget of a search starts when it computes, so waiting here does not cut its answer.
 */
final class SearchGate {
  /** Computes an answer; the gate's contract with its callers. */
  @FunctionalInterface
  interface Computation<T> {
    T compute() throws IOException;
  }

  private final Semaphore permits;

  /** @param concurrent searches that may compute at once, at least 1 */
  SearchGate(int concurrent) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("concurrent searches must be at least 1: " + concurrent);
    }
    this.permits = new Semaphore(concurrent, true);
  }

  /** One search per core of this machine. */
  static SearchGate perCore() {
    return new SearchGate(Runtime.getRuntime().availableProcessors());
  }

  /** Runs {@code computation} when a permit is free; an interrupted wait is an I/O interruption. */
  <T> T run(Computation<T> computation) throws IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to search");
    }
    try {
      return computation.compute();
    } finally {
      permits.release();
    }
  }
}
