package fr.santekb.indexer.extraction;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extraction of one file on a thread of its own and watches it: past the time limit, or
 * once the thread has allocated more heap bytes than allowed, the file is rejected (TIMEOUT,
 * TOO_LARGE) and the thread abandoned, so the run goes on.
 *
 * <p>Abandoning is all Java allows (threads cannot be stopped): the thread is interrupted, which
 * ends a parse that waits, reads from a channel or writes text (see {@link StopWhenInterrupted}),
 * but a parser looping on its own keeps its thread (a daemon) and its CPU until the process ends.
 * The allocation count ({@code ThreadMXBean#getThreadAllocatedBytes}) includes garbage, so it is
 * an upper bound on what the parse can hold. An {@link OutOfMemoryError} thrown in the parse
 * thread is classified TOO_LARGE too: unwinding that thread releases what the parse held, so the
 * heap recovers; an out-of-memory error that strikes another thread still ends the run (the index
 * writer then rolls back, the index is left as it was).
 */
@SuppressForbidden(reason = "com.sun.management.ThreadMXBean (module jdk.management, in every "
    + "HotSpot JDK) is the only way to count a thread's allocations; without it only "
    + "out-of-memory errors are caught")
final class ParseGuard {
  private static final Logger LOG = LoggerFactory.getLogger(ParseGuard.class);
  private static final long POLL_MILLIS = 20;
  private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final Duration timeout;
  private final long maxAllocation;

  /** Zero turns a limit off; with both off, work runs on the caller's thread. */
  ParseGuard(Duration timeout, long maxAllocation) {
    this.timeout = timeout;
    this.maxAllocation = THREADS == null ? 0 : maxAllocation;
  }

  /**
   * The result of {@code work}, or a rejection when it ran out of time or memory. {@code work}
   * classifies its own exceptions; errors other than out-of-memory propagate.
   */
  Extraction run(Callable<Extraction> work) {
    if (timeout.isZero() && maxAllocation == 0) {
      return callHere(work);
    }
    CompletableFuture<Extraction> result = new CompletableFuture<>();
    Thread worker = Thread.ofPlatform().daemon().name("santekb-parse-" + NEXT.incrementAndGet())
        .unstarted(() -> {
          try {
            result.complete(work.call());
          } catch (OutOfMemoryError e) {
            result.complete(new Extraction.Rejected(Outcome.TOO_LARGE,
                "ran out of memory while parsing (" + ParseFailures.describe(e) + ")"));
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    long start = System.nanoTime();
    worker.start();
    while (true) {
      try {
        return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long allocated = maxAllocation > 0 ? THREADS.getThreadAllocatedBytes(worker.threadId())
            : -1;
        if (allocated > maxAllocation) {
          abandon(worker);
          return new Extraction.Rejected(Outcome.TOO_LARGE, "parse abandoned after allocating "
              + megabytes(allocated) + " MB, over extraction.maxParseAllocation="
              + maxAllocation);
        }
        if (!timeout.isZero() && System.nanoTime() - start > timeout.toNanos()) {
          abandon(worker);
          return new Extraction.Rejected(Outcome.TIMEOUT, "parse abandoned after "
              + seconds(timeout) + " s, over extraction.parseTimeout=" + seconds(timeout));
        }
      } catch (InterruptedException e) {
        abandon(worker);
        Thread.currentThread().interrupt();
        return new Extraction.Rejected(Outcome.FAILED, "interrupted: the run is stopping");
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
  }

  private static Extraction callHere(Callable<Extraction> work) {
    try {
      return work.call();
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable e) {
    if (e instanceof Error error) {
      throw error;
    }
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException("extraction threw " + e, e);
  }

  private static void abandon(Thread worker) {
    worker.interrupt();
    LOG.warn("abandoned parse thread {}", worker.getName());
  }

  private static String megabytes(long bytes) {
    return String.valueOf(bytes / (1024 * 1024));
  }

  private static String seconds(Duration d) {
    double s = d.toMillis() / 1000.0;
    return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()) {
      if (!threads.isThreadAllocatedMemoryEnabled()) {
        threads.setThreadAllocatedMemoryEnabled(true);
      }
      return threads;
    }
    LOG.warn("this JVM cannot count allocated bytes per thread: extraction.maxParseAllocation "
        + "is not enforced (only out-of-memory errors in a parse are caught)");
    return null;
  }
}
