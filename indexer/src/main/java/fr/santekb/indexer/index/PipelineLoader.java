package fr.santekb.indexer.index;

import java.util.function.Supplier;

/**
 * The document pipeline, built when a run first needs it: its vocabularies and 35,000 communes
 * take a third of the CPU of a re-index that finds nothing changed, which does without them.
 * Thread-safe: the first caller builds it, the others wait for it.
 */
final class PipelineLoader {
  private final Supplier<DocumentPipeline> build;
  private volatile DocumentPipeline pipeline;

  PipelineLoader(Supplier<DocumentPipeline> build) {
    this.build = build;
  }

  /**
   * The pipeline, built on the first call. A failure to build it (a configuration error in a
   * vocabulary) is thrown to that caller, and built again (and thrown again) on the next call.
   */
  DocumentPipeline get() {
    DocumentPipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = build.get();
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Whether the pipeline was built (tests and benchmarks look). */
  boolean started() {
    return pipeline != null;
  }
}
