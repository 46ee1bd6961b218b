package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.schema.DocumentIds;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one indexing pass over source folders into an index folder. Incremental: unchanged files
 * (same size and date) are skipped, vanished ones removed, and the others read through the
 * {@link ExtractionCache} kept in the index folder, so that only bytes never seen before go through
 * Tika (a moved, renamed, copied or touched file is re-pointed from the cache). Everything is
 * committed once at the end, so a reader sees either the previous index or the complete new one,
 * never half a run; the cache drops what no document uses after that commit.
 */
public final class IndexRunner {
  private static final Logger LOG = LoggerFactory.getLogger(IndexRunner.class);
  private final Schema schema;
  private final DocumentPipeline pipeline;
  private final FileExtractor extractor;
  private final String cacheFingerprint;
  private final int threads;

  /**
   * @param extractor what reads files the cache does not hold (the pipeline's extractor)
   * @param cacheFingerprint what extraction depends on besides the bytes; cache entries written
   *     under another fingerprint are not reused
   */
  public IndexRunner(Schema schema, DocumentPipeline pipeline, FileExtractor extractor,
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
   * Indexes {@code sources} into {@code indexDir}.
   *
   * @param full re-index every file even when unchanged, extracting each again (the cache is
   *     rewritten, not read)
   * @param progress told once per file
   */
  public RunReport run(List<Path> sources, Path indexDir, boolean full, ProgressBarFactory progress)
      throws IOException {
    long start = System.nanoTime();
    List<SourceFile> files = new ArrayList<>();
    Set<String> roots = new HashSet<>();
    ConcurrentLinkedQueue<FileReport> reports = new ConcurrentLinkedQueue<>();
    List<SourceFile> unlisted = new ArrayList<>();
    Path index = indexDir.toAbsolutePath().normalize();
    for (Path source : sources) {
      SourceWalker.Listing listing = SourceWalker.list(source);
      // An index folder inside a source folder is not a source: indexing its files (and caching
      // their refusals in it) would feed the index with itself at every run.
      listing.files().stream().filter(f -> !f.file().startsWith(index)).forEach(files::add);
      listing.problems().stream().filter(p -> p.outcome() == Outcome.UNREADABLE)
          .forEach(p -> unlisted.add(p.file()));
      listing.problems().forEach(p -> reports.add(new FileReport(p.file().sourceRoot().toString(),
          p.file().relativePath(), DocumentIds.of(p.file().file()), p.outcome(), "", p.message(),
          0, TextOrigin.NONE)));
      roots.add(source.toAbsolutePath().normalize().toString());
    }
    Files.createDirectories(indexDir);
    int docs;
    try (Directory dir = FSDirectory.open(indexDir)) {
      IndexedState found = IndexedState.read(dir);
      // Documents another pipeline version wrote may hold fields of other types, which Lucene
      // refuses to mix with ours: such an index is rebuilt, every file read again, in one commit.
      boolean rebuild = !PipelineVersions.of(found).current();
      IndexedState state = rebuild ? IndexedState.EMPTY : found;
      IndexWriterConfig iwc = new IndexWriterConfig(schema.indexAnalyzer())
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(128);
      try (IndexWriter writer = new IndexWriter(dir, iwc)) {
        // Opened under the index's write lock: one process at a time writes the cache.
        ExtractionCache cache = ExtractionCache.open(indexDir, cacheFingerprint);
        CachedExtractor cached = new CachedExtractor(extractor, cache, !full);
        ProgressBar bar = progress.create(files.size());
        Set<String> seen = new HashSet<>();
        // What the index will hold after the commit, for the state file.
        Map<String, IndexedState.Entry> next = new ConcurrentHashMap<>(state.entries());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          List<Future<?>> futures = new ArrayList<>();
          for (SourceFile file : files) {
            String id = DocumentIds.of(file.file());
            seen.add(id);
            futures.add(pool.submit(() -> {
              reports.add(indexOne(file, id, state, full, writer, cached, cache, next));
              bar.step(file.relativePath());
            }));
          }
          for (Future<?> f : futures) {
            f.get();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          writer.rollback();
          throw new IOException("indexing interrupted; the index is unchanged", e);
        } catch (ExecutionException e) {
          writer.rollback();
          throw new IOException("indexing failed; the index is unchanged: " + e.getCause(),
              e.getCause());
        } finally {
          pool.shutdownNow();
        }
        for (Map.Entry<String, IndexedState.Entry> e : state.entries().entrySet()) {
          if (!seen.contains(e.getKey()) && roots.contains(e.getValue().source())
              && !insideAny(e.getValue(), unlisted)) {
            writer.deleteDocuments(new Term(Fields.ID, e.getKey()));
            next.remove(e.getKey());
            reports.add(new FileReport(e.getValue().source(), "(id " + e.getKey() + ")",
                e.getKey(), Outcome.REMOVED, "", "file no longer in the source folder", 0,
                TextOrigin.NONE));
          } else if (!seen.contains(e.getKey())) {
            keepInCache(e.getValue(), cache); // of another source folder, or one not listed
          }
        }
        CopyRanks.update(writer);
        Optional<String> commitBefore = IndexedStateFile.commitId(dir);
        writer.commit();
        docs = writer.getDocStats().numDocs;
        saveState(dir, commitBefore, found.fromFile() && !rebuild, next);
        collect(cache);
      }
    }
    return new RunReport(indexDir.toAbsolutePath().normalize().toString(),
        sources.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
        new ArrayList<>(reports), docs, (System.nanoTime() - start) / 1_000_000);
  }

  private FileReport indexOne(SourceFile file, String id, IndexedState state, boolean full,
      IndexWriter writer, CachedExtractor cached, ExtractionCache cache,
      Map<String, IndexedState.Entry> next) {
    long t0 = System.nanoTime();
    String source = file.sourceRoot().toString();
    DocumentPipeline.Result result;
    try {
      SteadyRead.Stamp stamp = SteadyRead.Stamp.of(file.file());
      if (!full && state.isUnchanged(id, stamp.modifiedMillis(), stamp.size())) {
        keepInCache(state.entries().get(id), cache);
        return new FileReport(source, file.relativePath(), id, Outcome.UNCHANGED, "", "",
            elapsed(t0), TextOrigin.NONE);
      }
      result = SteadyRead.read(f -> {
        CachedExtractor.Obtained obtained = cached.extract(f.file());
        return pipeline.process(f, obtained.extraction(), obtained.origin());
      }, file, stamp);
    } catch (IOException e) {
      result = SteadyRead.unreachable(e, "listed, then gone before it was read");
    }
    try {
      if (result.document().isPresent()) {
        writer.updateDocument(new Term(Fields.ID, id), result.document().get());
        IndexedState.entryOf(result.document().get()).ifPresent(e -> next.put(id, e.getValue()));
      } else {
        // The file is gone or unreadable now: an older version must not linger in results.
        writer.deleteDocuments(new Term(Fields.ID, id));
        next.remove(id);
      }
    } catch (IOException e) {
      // The index itself failed (disk full...): that ends the run, unlike a bad file.
      throw new UncheckedIOException("cannot write " + file.relativePath() + " to the index", e);
    }
    return new FileReport(source, file.relativePath(), id, result.outcome(), result.format(),
        result.message(), elapsed(t0), result.textFrom());
  }

  /** Keeps the cache entry of a document the index keeps as it is. */
  private static void keepInCache(IndexedState.Entry entry, ExtractionCache cache) {
    if (entry.path() != null) {
      String name = entry.path().substring(entry.path().lastIndexOf('/') + 1);
      ExtractionCache.key(entry.contentHash(), name).ifPresent(cache::keep);
    }
  }

  /**
   * Writes the state file of the commit just made, unless the commit changed nothing and the file
   * already describes it. A failure costs the next run time, never correctness: it is logged.
   */
  private static void saveState(Directory dir, Optional<String> commitBefore,
      boolean fileWasCurrent, Map<String, IndexedState.Entry> entries) {
    try {
      Optional<String> commit = IndexedStateFile.commitId(dir);
      if (commit.isPresent() && !(fileWasCurrent && commit.equals(commitBefore))) {
        IndexedStateFile.write(dir, commit.get(), entries);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot write the index's state file ({}); the next run reads the documents",
          e.getMessage());
    }
  }

  /**
   * Drops the cache entries no document uses any more. The index is committed by then: a failure
   * here leaves a larger cache, never a wrong index, so it is logged and the run succeeds.
   */
  private static void collect(ExtractionCache cache) {
    try {
      cache.collect();
    } catch (IOException | RuntimeException e) {
      LOG.warn("extraction cache: could not drop unused entries ({})", e.getMessage());
    }
  }

  /**
   * Whether an indexed document lies in a folder the walk could not read: it is kept, since its
   * file may well still be there.
   */
  private static boolean insideAny(IndexedState.Entry entry, List<SourceFile> folders) {
    return folders.stream().anyMatch(f -> f.sourceRoot().toString().equals(entry.source())
        && entry.path() != null
        && (f.relativePath().isEmpty() || entry.path().startsWith(f.relativePath() + "/")));
  }

  private static long elapsed(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Creates the progress display once the number of files is known. */
  @FunctionalInterface
  public interface ProgressBarFactory {
    ProgressBar create(int total);
  }
}
