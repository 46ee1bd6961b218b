package fr.santekb.indexer.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The document pipeline, built when a run first needs it: its vocabularies and 35,000 communes
 * take about a quarter of a re-index that finds one changed file, and a re-index that finds none
 * does without them. {@link #prepare} starts building it on a thread of its own, so that it loads
 * on one core while Tika starts on the other. Thread-safe.
 */
final class PipelineLoader {
  private final Supplier<DocumentPipeline> build;
  private CompletableFuture<DocumentPipeline> loading;

  PipelineLoader(Supplier<DocumentPipeline> build) {
    this.build = build;
  }

  /** Starts building the pipeline in the background, unless it is built or being built. */
  synchronized void prepare() {
    if (loading != null) {
      return;
    }
    CompletableFuture<DocumentPipeline> future = new CompletableFuture<>();
    loading = future;
    Thread loader = new Thread(() -> {
      try {
        future.complete(build.get());
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "pipeline-load");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The pipeline, once built. A failure to build it (a configuration error in a vocabulary) is
   * thrown as it was thrown, here and on every later call.
   */
  DocumentPipeline get() {
    CompletableFuture<DocumentPipeline> future;
    synchronized (this) {
      prepare();
      future = loading;
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Whether the pipeline was asked for (tests and benchmarks look). */
  synchronized boolean started() {
    return loading != null;
  }
}
