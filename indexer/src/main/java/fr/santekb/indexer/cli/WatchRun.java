package fr.santekb.indexer.cli;

import fr.santekb.indexer.index.IndexRunner;
import fr.santekb.indexer.index.IndexSession;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.index.watch.IndexWatch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code santekb index --watch}: runs an {@link IndexWatch} until Ctrl-C or SIGTERM. The JVM's
 * shutdown hook asks the watch to stop, lets the batch in progress commit for up to {@link #GRACE},
 * then interrupts it (the batch is rolled back), and waits until the index is closed, so the write
 * lock is released and the index is at a commit whichever way it stops.
 */
final class WatchRun {
  /** How long a stop waits for the batch in progress to commit before rolling it back. */
  static final Duration GRACE = Duration.ofSeconds(10);
  /** How long a stop waits for the rollback and the closing of the index after that. */
  private static final Duration CLOSE = Duration.ofSeconds(30);

  /** Told of the first pass over the whole folders (the one-shot run's summary goes there). */
  interface FirstPass {
    void done(RunReport report) throws IOException;
  }

  private WatchRun() {}

  /**
   * Opens the index (refused with {@link org.apache.lucene.store.LockObtainFailedException} when
   * another process writes it) and watches until stopped. Every pass rewrites the report beside the
   * index with the files of that pass.
   */
  static int run(IndexRunner runner, List<Path> sources, Path index, boolean full,
      IndexWatch.Settings settings, IndexRunner.ProgressBarFactory progress, FirstPass first)
      throws IOException {
    IndexSession session = runner.open(index);
    CountDownLatch closed = new CountDownLatch(1);
    IndexWatch watch = new IndexWatch(session, sources, settings, (report, why) -> {
      if (why.equals("start")) {
        first.done(report);
      } else {
        ReportWriter.writeJson(report, index);
      }
    });
    Thread watching = Thread.currentThread();
    Thread hook = new Thread(() -> {
      watch.stop();
      if (!await(closed, GRACE)) {
        watching.interrupt();
        await(closed, CLOSE);
      }
    }, "santekb-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean stopped = false;
    try {
      watch.run(full, progress);
      stopped = true;
    } finally {
      try {
        session.close();
      } finally {
        if (stopped) {
          // Said before the hook is released: once it returns, the JVM halts.
          System.err.println("santekb index: watch stopped; the index is at its last commit.");
        }
        closed.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // The JVM is stopping: the hook is running and now returns.
        }
      }
    }
    return ExitCodes.OK;
  }

  private static boolean await(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
