package fr.santekb.indexer.index.watch;

import fr.santekb.indexer.index.IndexRunner;
import fr.santekb.indexer.index.IndexSession;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.index.Scope;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident indexer: keeps one {@link IndexSession} (and so the write lock, the loaded pipeline
 * and Tika) open, makes a first pass over the whole source folders, then waits for changes and makes
 * one pass per batch of changes over just the paths that changed — new, changed, moved, renamed and
 * deleted files, new and removed folders —, each pass committed. The whole folders are passed over
 * again every {@link Settings#rescanEvery} and whenever the watcher may have missed changes, which
 * also drops the extraction cache's unused entries. Bad files are classified in each pass's report
 * and never end the watch; a failure of the index itself does.
 *
 * <p>{@link #stop} (from another thread: a shutdown hook) ends {@link #run} after the pass in
 * progress is committed; interrupting the thread in {@code run} instead rolls that pass back.
 */
public final class IndexWatch {
  private static final Logger LOG = LoggerFactory.getLogger(IndexWatch.class);
  /**
   * How the watch batches and rescans.
   *
   * @param settle a batch is closed once no change has come for this long (a file being copied
   *     raises an event per write)
   * @param maxWait a batch is closed this long after its first change even if changes keep coming
   * @param rescanEvery the whole folders are passed over again this often
   */
  public record Settings(Duration settle, Duration maxWait, Duration rescanEvery) {
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RESCAN = Duration.ofMinutes(10);

    public Settings {
      if (settle.isNegative() || maxWait.compareTo(settle) < 0 || !rescanEvery.isPositive()) {
        throw new IllegalArgumentException("watch settings: need 0 <= settle <= maxWait and a"
            + " positive rescan period (got " + settle + ", " + maxWait + ", " + rescanEvery + ")");
      }
    }
  }

  /** Told of each committed pass. */
  public interface Listener {
    /**
     * @param report the files of the pass
     * @param why {@code "start"}, {@code "changes"} or {@code "rescan"}
     */
    void passed(RunReport report, String why) throws IOException;
  }

  private final IndexSession session;
  private final List<Path> sources;
  private final Settings settings;
  private final Listener listener;
  private volatile boolean stopping;
  private volatile SourceWatcher watcher;

  public IndexWatch(IndexSession session, List<Path> sources, Settings settings,
      Listener listener) {
    this.session = session;
    this.sources = sources.stream().map(s -> s.toAbsolutePath().normalize()).toList();
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * Watches until {@link #stop}: the first pass over the whole folders (its progress shown by
   * {@code progress}), then a pass per batch of changes.
   *
   * @param full the first pass extracts every file again
   */
  public void run(boolean full, IndexRunner.ProgressBarFactory progress) throws IOException {
    Path report = ReportWriter.reportPath(session.indexDir());
    // Watching starts before the first pass, so what changes during it is seen after it.
    try (SourceWatcher w = SourceWatcher.open(sources, session.indexDir(),
        Set.of(report, report.resolveSibling(report.getFileName() + ".tmp")))) {
      watcher = w;
      if (stopping) {
        return;
      }
      passed(session.update(whole(), full, progress), "start");
      LOG.info("watching {} folder{} of {} (Ctrl-C to stop)", w.folders(),
          w.folders() == 1 ? "" : "s", String.join(", ", sources.stream().map(Path::toString)
              .toList()));
      long nextRescan = System.nanoTime() + settings.rescanEvery().toNanos();
      while (!stopping) {
        SourceWatcher.Changes changes = w.next(
            Duration.ofNanos(Math.max(0, nextRescan - System.nanoTime())), settings.settle(),
            settings.maxWait());
        if (stopping) {
          break;
        }
        boolean rescan = changes.overflow() || System.nanoTime() >= nextRescan;
        if (rescan) {
          nextRescan = System.nanoTime() + settings.rescanEvery().toNanos();
        }
        List<Scope> scopes = rescan ? whole() : ChangedScopes.of(changes.paths(), sources);
        if (!scopes.isEmpty()) {
          passed(session.update(scopes, false, total -> new ProgressBar(System.err, false,
              total)), rescan ? "rescan" : "changes");
        }
      }
    } catch (ClosedWatchServiceException e) {
      if (!stopping) {
        throw new IOException("the file system watch closed unexpectedly", e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // A pass cut short by stop (interrupted, rolled back) ends the watch quietly.
      if (!stopping) {
        throw e;
      }
    }
  }

  /** Ends {@link #run} once the pass in progress, if any, is committed. Any thread. */
  public void stop() {
    stopping = true;
    SourceWatcher w = watcher;
    if (w != null) {
      try {
        w.close();
      } catch (IOException e) {
        // The loop checks the flag after each pass anyway.
      }
    }
  }

  /**
   * Tells the listener of a committed pass (which writes its report), then logs it in one line and
   * the files needing attention: once the line is out, the report is there.
   */
  private void passed(RunReport report, String why) throws IOException {
    listener.passed(report, why);
    LOG.info(PassLine.of(report, why));
    if (!why.equals("start")) {
      PassLine.attention(report).forEach(LOG::warn);
    }
  }

  private List<Scope> whole() {
    return sources.stream().map(Scope::whole).toList();
  }
}
