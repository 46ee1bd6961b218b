package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParseGuardTest {
  private final ParseGuard guard = new ParseGuard(Duration.ofMillis(500), 64L * 1024 * 1024);

  @Test
  void anOutOfMemoryErrorInTheParseIsClassifiedTooLarge() {
    Extraction result = new ParseGuard(Duration.ofSeconds(5), 0).run(() -> {
      long[] huge = new long[Integer.MAX_VALUE - 8];
      return new Extraction.Rejected(Outcome.FAILED, "unreachable " + huge.length);
    });
    assertThat(result).isInstanceOfSatisfying(Extraction.Rejected.class, r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.TOO_LARGE);
      assertThat(r.message()).startsWith("ran out of memory while parsing (OutOfMemoryError");
    });
  }

  @Test
  void aParseThatWaitsIsInterruptedWhenAbandoned() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Extraction result = guard.run(() -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return new Extraction.Rejected(Outcome.FAILED, "woke up");
    });
    assertThat(result).isInstanceOfSatisfying(Extraction.Rejected.class,
        r -> assertThat(r.outcome()).isEqualTo(Outcome.TIMEOUT));
    assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBugInTheParseStillPropagates() {
    assertThatThrownBy(() -> guard.run(() -> {
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
  }
}
