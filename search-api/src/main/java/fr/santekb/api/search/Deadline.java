package fr.santekb.api.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The time budget of one search: when it has passed, matching stops where it is and the answer
 * says it is partial. One per request, never shared between requests.
 */
final class Deadline {
  private final long endNanos;
  private final AtomicBoolean cut = new AtomicBoolean();

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  /** A deadline {@code budget} from now. */
  static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** True once the budget is spent; remembers that matching was cut. */
  boolean passed() {
    if (System.nanoTime() - endNanos < 0) {
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
