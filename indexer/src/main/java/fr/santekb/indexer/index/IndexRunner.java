package fr.santekb.indexer.index;

import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs indexing passes over source folders into an index folder (see {@link IndexSession}, which
 * holds the index between passes). Incremental: unchanged files
 * (same size and date) are skipped, vanished ones removed, and the others read through the
 * {@link ExtractionCache} kept in the index folder, so that only bytes never seen before go through
 * Tika (a moved, renamed, copied or touched file is re-pointed from the cache). Each pass is
 * committed once at its end, so a reader sees either the previous index or the complete new one,
 * never half a run; after a pass over whole folders the cache drops what no document uses.
 */
public final class IndexRunner {
  private final Schema schema;
  private final PipelineLoader pipeline;
  private final FileExtractor extractor;
  private final String cacheFingerprint;
  private final int threads;

  /**
   * @param extractor what reads files the cache does not hold (the pipeline's extractor)
   * @param cacheFingerprint what extraction depends on besides the bytes; cache entries written
   *     under another fingerprint are not reused
   */
  IndexRunner(Schema schema, PipelineLoader pipeline, FileExtractor extractor,
      String cacheFingerprint, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 (got " + threads + ")");
    }
    this.schema = schema;
    this.pipeline = pipeline;
    this.extractor = extractor;
    this.cacheFingerprint = cacheFingerprint;
    this.threads = threads;
  }

  /**
   * Indexes {@code sources} into {@code indexDir}: one session, one pass over every source folder.
   *
   * @param full re-index every file even when unchanged, extracting each again (the cache is
   *     rewritten, not read)
   * @param progress told once per file
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  public RunReport run(List<Path> sources, Path indexDir, boolean full, ProgressBarFactory progress)
      throws IOException {
    long start = System.nanoTime();
    try (IndexSession session = open(indexDir)) {
      RunReport report = session.update(sources.stream().map(Scope::whole).toList(), full,
          progress);
      // The run's time includes opening the index and reading its state.
      return new RunReport(report.index(), report.sources(), report.files(),
          report.documentsInIndex(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * Opens {@code indexDir} for successive passes (a watch); the caller closes it.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  public IndexSession open(Path indexDir) throws IOException {
    return IndexSession.open(this, indexDir);
  }

  Schema schema() {
    return schema;
  }

  PipelineLoader pipeline() {
    return pipeline;
  }

  FileExtractor extractor() {
    return extractor;
  }

  String cacheFingerprint() {
    return cacheFingerprint;
  }

  int threads() {
    return threads;
  }

  /** Creates the progress display once the number of files is known. */
  @FunctionalInterface
  public interface ProgressBarFactory {
    ProgressBar create(int total);
  }
}
