package fr.santekb.indexer.extraction;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extraction of one file on a parse thread and watches it: past the time limit, or
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
  /**
   * Parse threads, reused while they behave: a fresh thread per file cost 130 µs against 10–15
   * µs, and indexing looked about 8% slower with it (parsers' per-thread caches start cold). An
   * abandoned thread stays busy; the pool starts another when it needs one.
   */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(
      Thread.ofPlatform().daemon().name("santekb-parse-", 1).factory());

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
    AtomicReference<Started> started = new AtomicReference<>();
    Future<Extraction> result = WORKERS.submit(() -> {
      Thread self = Thread.currentThread();
      started.set(new Started(self, allocated(self)));
      try {
        return work.call();
      } catch (OutOfMemoryError e) {
        return new Extraction.Rejected(Outcome.TOO_LARGE,
            "ran out of memory while parsing (" + ParseFailures.describe(e) + ")");
      }
    });
    long start = System.nanoTime();
    while (true) {
      try {
        return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Started worker = started.get();
        long allocated = worker == null ? 0 : allocated(worker.thread()) - worker.allocated();
        if (allocated > maxAllocation && maxAllocation > 0) {
          abandon(result, worker);
          return new Extraction.Rejected(Outcome.TOO_LARGE, "parse abandoned after allocating "
              + megabytes(allocated) + " MB, over extraction.maxParseAllocation="
              + maxAllocation);
        }
        if (!timeout.isZero() && System.nanoTime() - start > timeout.toNanos()) {
          abandon(result, worker);
          return new Extraction.Rejected(Outcome.TIMEOUT, "parse abandoned after "
              + seconds(timeout) + " s, over extraction.parseTimeout=" + seconds(timeout));
        }
      } catch (InterruptedException e) {
        abandon(result, started.get());
        Thread.currentThread().interrupt();
        return new Extraction.Rejected(Outcome.FAILED, "interrupted: the run is stopping");
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
  }

  /** The thread running a parse and what it had allocated before it. */
  private record Started(Thread thread, long allocated) {}

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

  /** Interrupts the parse; its thread leaves the pool's idle set until the parse returns. */
  private static void abandon(Future<Extraction> result, Started worker) {
    result.cancel(true);
    LOG.warn("abandoned parse thread {}", worker == null ? "(not started)" : worker.thread()
        .getName());
  }

  private static long allocated(Thread thread) {
    return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(thread.threadId());
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
