package fr.santekb.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchGateTest {

  @Test
  void atMostThePermittedSearchesComputeAtOnceAndEveryOneIsAnswered() throws Exception {
    SearchGate gate = new SearchGate(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i;
        answers.add(pool.submit(() -> {
          start.await();
          return gate.run(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
              Thread.sleep(30);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return n;
          });
        }));
      }
      start.countDown();
      List<Integer> got = new ArrayList<>();
      for (Future<Integer> f : answers) {
        got.add(f.get(10, TimeUnit.SECONDS));
      }
      assertThat(got).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aFailedSearchGivesItsPermitBack() throws Exception {
    SearchGate gate = new SearchGate(1);
    for (int i = 0; i < 3; i++) {
      try {
        gate.run(() -> {
          throw new java.io.IOException("index closed");
        });
      } catch (java.io.IOException expected) {
        assertThat(expected).hasMessage("index closed");
      }
    }
    assertThat(gate.run(() -> "answered")).isEqualTo("answered");
  }

  @Test
  void noSearchAtAllIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SearchGate(0));
  }
}
