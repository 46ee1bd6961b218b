package fr.santekb.api.search;

import fr.santekb.indexer.schema.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one shared searcher over an index folder. A background thread checks for a new commit every
 * {@code refreshEvery} (a re-index run by another process shows up without a restart); requests in
 * flight keep the snapshot they acquired until they release it, so a refresh never breaks them.
 */
public final class Searchers implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Searchers.class);

  private final Directory directory;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;

  private Searchers(Directory directory, SearcherManager manager, Duration refreshEvery) {
    this.directory = directory;
    this.manager = manager;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    long ms = Math.max(1, refreshEvery.toMillis());
    refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Opens the index in {@code indexDir}; fails when there is none yet. */
  public static Searchers open(Path indexDir, Schema schema, Duration refreshEvery)
      throws IOException {
    Path dir = indexDir.toAbsolutePath().normalize();
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException("no index in " + dir
            + ": build one first with: santekb index --source DIR --index " + indexDir);
      }
      SearcherManager manager = new SearcherManager(directory, new SnapshotFactory(schema, dir));
      return new Searchers(directory, manager, refreshEvery);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Work done on one snapshot of the index. */
  @FunctionalInterface
  public interface SnapshotWork<T> {
    T apply(IndexSnapshot snapshot) throws IOException;
  }

  /** Runs {@code work} on the current snapshot, which stays open until it returns. */
  public <T> T withSnapshot(SnapshotWork<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply((IndexSnapshot) searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Checks for a new commit now and waits until it is visible (the timer does this anyway). */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  private void refreshQuietly() {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The previous snapshot stays in service; the next tick tries again.
      LOG.warn("index refresh failed, still serving the previous commit: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      refresher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
