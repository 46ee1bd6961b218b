package fr.santekb.api.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time budget of one search's matching: when it has passed, matching stops where it is and
 * the answer says it is partial. The budget counts from the first look at the clock, when matching
 * starts: what comes before (the spelling check, which may wait for the vocabulary while the
 * server is still building it) is not charged to it. One per request, never shared between
 * requests.
 */
final class Deadline {
  private static final long NOT_STARTED = Long.MIN_VALUE;

  private final long budgetNanos;
  private final AtomicLong endNanos = new AtomicLong(NOT_STARTED);
  private final AtomicBoolean cut = new AtomicBoolean();

  private Deadline(long budgetNanos) {
    this.budgetNanos = budgetNanos;
  }

  /** A deadline {@code budget} after matching starts. */
  static Deadline after(Duration budget) {
    return new Deadline(budget.toNanos());
  }

  /** True once the budget is spent; remembers that matching was cut. */
  boolean passed() {
    long now = System.nanoTime();
    long end = endNanos.get();
    if (end == NOT_STARTED) {
      endNanos.compareAndSet(NOT_STARTED, now + budgetNanos);
      end = endNanos.get();
      now = System.nanoTime();
    }
    if (now - end < 0) {
      return false;
    }
    cut.set(true);
    return true;
  }

  /** Whether some matching was stopped by this deadline (results are then partial). */
  boolean cut() {
    return cut.get();
  }
}
