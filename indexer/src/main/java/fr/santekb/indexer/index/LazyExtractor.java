package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.TikaExtractor;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A {@link TikaExtractor} built on the first file that needs it: a re-index where every file is
 * unchanged or comes from the extraction cache never pays Tika's start-up (its parsers and language
 * profiles, about a second). Thread-safe.
 */
final class LazyExtractor implements FileExtractor, AutoCloseable {
  private final Supplier<TikaExtractor> factory;
  private volatile TikaExtractor extractor;

  LazyExtractor(Supplier<TikaExtractor> factory) {
    this.factory = factory;
  }

  @Override
  public Extraction extract(Path file) {
    return extractor().extract(file);
  }

  private TikaExtractor extractor() {
    TikaExtractor e = extractor;
    if (e == null) {
      synchronized (this) {
        e = extractor;
        if (e == null) {
          e = factory.get();
          extractor = e;
        }
      }
    }
    return e;
  }

  /** Starts Tika if it is not started yet. */
  void start() {
    extractor();
  }

  /** Whether Tika was started (tests and benchmarks look). */
  boolean started() {
    return extractor != null;
  }

  @Override
  public void close() {
    TikaExtractor e = extractor;
    if (e != null) {
      e.close();
    }
  }
}
