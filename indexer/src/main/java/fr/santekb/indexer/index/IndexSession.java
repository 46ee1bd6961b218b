package fr.santekb.indexer.index;

import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.schema.DocumentIds;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index open for writing: holds the index's write lock (another writer is refused until {@link
 * #close}) and knows what the index holds, so that successive {@link #update passes} over parts of
 * the source folders (a one-shot run makes one pass over whole folders; a watch one per batch of
 * changes) pay neither the opening nor the reading of the index state again.
 *
 * <p>Each pass is committed atomically at its end, so a reader sees the index before or after a
 * pass, never half of one. A pass that fails on the index itself (disk full...) is rolled back,
 * which closes the session; a bad file never fails a pass, it is classified in the report.
 */
public final class IndexSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSession.class);
  private final IndexRunner runner;
  private final Path indexDir;
  private final Directory dir;
  private final IndexWriter writer;
  /** What the index holds as of its last commit. */
  private IndexedState state;
  /** Whether the state file describes the last commit. */
  private boolean stateFileCurrent;

  private IndexSession(IndexRunner runner, Path indexDir, Directory dir, IndexWriter writer,
      IndexedState state, boolean stateFileCurrent) {
    this.runner = runner;
    this.indexDir = indexDir;
    this.dir = dir;
    this.writer = writer;
    this.state = state;
    this.stateFileCurrent = stateFileCurrent;
  }

  /**
   * Opens the index in {@code indexDir} (created if absent) for writing. An index another pipeline
   * version wrote is opened to be rebuilt: its documents are dropped at the first commit, so the
   * first pass must cover every source folder.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the index
   */
  static IndexSession open(IndexRunner runner, Path indexDir) throws IOException {
    Path index = indexDir.toAbsolutePath().normalize();
    Files.createDirectories(index);
    Directory dir = FSDirectory.open(index);
    try {
      IndexedState found = IndexedState.read(dir);
      // Documents another pipeline version wrote may hold fields of other types, which Lucene
      // refuses to mix with ours: such an index is rebuilt, every file read again, in one commit.
      boolean rebuild = !PipelineVersions.of(found).current();
      IndexWriterConfig iwc = new IndexWriterConfig(runner.schema().indexAnalyzer())
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(128);
      IndexWriter writer = new IndexWriter(dir, iwc);
      return new IndexSession(runner, index, dir, writer, rebuild ? IndexedState.EMPTY : found,
          found.fromFile() && !rebuild);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The index folder, absolute. */
  public Path indexDir() {
    return indexDir;
  }

  /**
   * One pass over {@code scopes}, committed: the files found in them are indexed (unchanged ones
   * skipped unless {@code full} or the scope forces them), the documents of the scopes whose file
   * is gone removed. When every scope is a whole source folder, the extraction cache then drops
   * the entries nothing uses any more (a pass over parts of the folders cannot know that).
   *
   * @param full re-index every file even when unchanged, extracting each again
   * @param progress told once per file
   */
  public RunReport update(List<Scope> scopes, boolean full,
      IndexRunner.ProgressBarFactory progress) throws IOException {
    long start = System.nanoTime();
    Map<Path, SourceFile> byPath = new LinkedHashMap<>();
    Set<Path> forced = new HashSet<>();
    ConcurrentLinkedQueue<FileReport> reports = new ConcurrentLinkedQueue<>();
    List<SourceFile> unlisted = new ArrayList<>();
    for (Scope scope : scopes) {
      SourceWalker.Listing listing = SourceWalker.list(scope);
      // An index folder inside a source folder is not a source: indexing its files (and caching
      // their refusals in it) would feed the index with itself at every run.
      for (SourceFile f : listing.files()) {
        if (!f.file().startsWith(indexDir) && byPath.putIfAbsent(f.file(), f) == null
            && scope.force()) {
          forced.add(f.file());
        }
      }
      listing.problems().stream().filter(p -> p.outcome() == Outcome.UNREADABLE)
          .forEach(p -> unlisted.add(p.file()));
      listing.problems().forEach(p -> reports.add(new FileReport(p.file().sourceRoot().toString(),
          p.file().relativePath(), DocumentIds.of(p.file().file()), p.outcome(), "", p.message(),
          0, TextOrigin.NONE)));
    }
    boolean everyScopeWhole = scopes.stream().allMatch(Scope::isWhole);
    IndexedState before = state;
    // Opened under the index's write lock: one process at a time writes the cache.
    ExtractionCache cache = ExtractionCache.open(indexDir, runner.cacheFingerprint());
    CachedExtractor cached = new CachedExtractor(runner.extractor(), cache, !full);
    ProgressBar bar = progress.create(byPath.size());
    Set<String> seen = new HashSet<>();
    // What the index will hold after the commit, for the state file.
    Map<String, IndexedState.Entry> next = new ConcurrentHashMap<>(before.entries());
    // Documents written or removed by this pass.
    AtomicInteger written = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(runner.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SourceFile file : byPath.values()) {
        String id = DocumentIds.of(file.file());
        seen.add(id);
        boolean again = full || forced.contains(file.file());
        futures.add(pool.submit(() -> {
          reports.add(indexOne(file, id, before, again, cached, cache, next, written));
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
      if (e.getCause() instanceof ConfigException config) {
        throw config; // an invalid vocabulary, found when the first file needed the pipeline
      }
      throw new IOException("indexing failed; the index is unchanged: " + e.getCause(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (Map.Entry<String, IndexedState.Entry> e : before.entries().entrySet()) {
      IndexedState.Entry entry = e.getValue();
      if (seen.contains(e.getKey())) {
        continue;
      }
      if (scopes.stream().anyMatch(s -> s.covers(entry.source(), entry.path()))
          && !insideAny(entry, unlisted)) {
        writer.deleteDocuments(new Term(Fields.ID, e.getKey()));
        next.remove(e.getKey());
        written.incrementAndGet();
        reports.add(new FileReport(entry.source(), "(id " + e.getKey() + ")",
            e.getKey(), Outcome.REMOVED, "", "file no longer in the source folder", 0,
            TextOrigin.NONE));
      } else {
        keepInCache(entry, cache); // outside this pass, or in a folder not listed
      }
    }
    int docs = commit(next, written.get() > 0);
    if (everyScopeWhole) {
      collect(cache);
    }
    return new RunReport(indexDir.toString(),
        scopes.stream().map(s -> s.root().toString()).distinct().toList(),
        new ArrayList<>(reports), docs, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Ranks copies (unless no document was written or removed: then no rank can have changed),
   * commits, and records what the index now holds; returns its document count.
   */
  private int commit(Map<String, IndexedState.Entry> next, boolean written) throws IOException {
    try {
      if (written) {
        CopyRanks.update(writer);
      }
      Optional<String> commitBefore = IndexedStateFile.commitId(dir);
      writer.commit();
      saveState(commitBefore, next);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
    state = IndexedState.of(next);
    return writer.getDocStats().numDocs;
  }

  private FileReport indexOne(SourceFile file, String id, IndexedState before, boolean again,
      CachedExtractor cached, ExtractionCache cache, Map<String, IndexedState.Entry> next,
      AtomicInteger written) {
    long t0 = System.nanoTime();
    String source = file.sourceRoot().toString();
    DocumentPipeline.Result result;
    try {
      SteadyRead.Stamp stamp = SteadyRead.Stamp.of(file.file());
      if (!again && before.isUnchanged(id, stamp.modifiedMillis(), stamp.size())) {
        keepInCache(before.entries().get(id), cache);
        return new FileReport(source, file.relativePath(), id, Outcome.UNCHANGED, "", "",
            elapsed(t0), TextOrigin.NONE);
      }
      result = SteadyRead.read(f -> {
        CachedExtractor.Obtained obtained = cached.extract(f.file());
        // A refusal (from the cache: an empty file, say) needs no vocabulary.
        return obtained.extraction() instanceof Extraction.Rejected rejected
            ? DocumentPipeline.refused(rejected, obtained.origin())
            : runner.pipeline().get().process(f, obtained.extraction(), obtained.origin());
      }, file, stamp);
    } catch (IOException e) {
      result = SteadyRead.unreachable(e, "listed, then gone before it was read");
    }
    try {
      if (result.document().isPresent()) {
        writer.updateDocument(new Term(Fields.ID, id), result.document().get());
        written.incrementAndGet();
        IndexedState.entryOf(result.document().get()).ifPresent(e -> next.put(id, e.getValue()));
      } else {
        // The file is gone or unreadable now: an older version must not linger in results.
        writer.deleteDocuments(new Term(Fields.ID, id));
        if (next.remove(id) != null) {
          written.incrementAndGet();
        }
      }
    } catch (IOException e) {
      // The index itself failed (disk full...): that ends the run, unlike a bad file.
      throw new UncheckedIOException("cannot write " + file.relativePath() + " to the index", e);
    }
    return new FileReport(source, file.relativePath(), id, result.outcome(), result.format(),
        result.message(), elapsed(t0), result.textFrom(),
        result.quality().map(QualityNote::of).orElse(null));
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
  private void saveState(Optional<String> commitBefore, Map<String, IndexedState.Entry> entries) {
    try {
      Optional<String> commit = IndexedStateFile.commitId(dir);
      if (commit.isPresent() && !(stateFileCurrent && commit.equals(commitBefore))) {
        stateFileCurrent = false;
        IndexedStateFile.write(dir, commit.get(), entries);
        stateFileCurrent = true;
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

  /**
   * Releases the write lock. Nothing is left to commit after a pass; should a pass have been cut
   * short, what it wrote is dropped (the index stays at its last commit).
   */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      dir.close();
    }
  }
}
