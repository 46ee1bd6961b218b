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
import java.util.Set;
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

/**
 * Runs one indexing pass over source folders into an index folder. Incremental: unchanged files are
 * skipped, changed ones replaced, vanished ones removed. Everything is committed once at the end, so
 * a reader sees either the previous index or the complete new one, never half a run.
 */
public final class IndexRunner {
  private final Schema schema;
  private final DocumentPipeline pipeline;
  private final int threads;

  public IndexRunner(Schema schema, DocumentPipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 (got " + threads + ")");
    }
    this.schema = schema;
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * Indexes {@code sources} into {@code indexDir}.
   *
   * @param full re-index every file even when unchanged
   * @param progress told once per file
   */
  public RunReport run(List<Path> sources, Path indexDir, boolean full, ProgressBarFactory progress)
      throws IOException {
    long start = System.nanoTime();
    List<SourceFile> files = new ArrayList<>();
    Set<String> roots = new HashSet<>();
    ConcurrentLinkedQueue<FileReport> reports = new ConcurrentLinkedQueue<>();
    List<SourceFile> unlisted = new ArrayList<>();
    for (Path source : sources) {
      SourceWalker.Listing listing = SourceWalker.list(source);
      files.addAll(listing.files());
      listing.problems().stream().filter(p -> p.outcome() == Outcome.UNREADABLE)
          .forEach(p -> unlisted.add(p.file()));
      listing.problems().forEach(p -> reports.add(new FileReport(p.file().sourceRoot().toString(),
          p.file().relativePath(), DocumentIds.of(p.file().file()), p.outcome(), "", p.message(),
          0)));
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
        ProgressBar bar = progress.create(files.size());
        Set<String> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          List<Future<?>> futures = new ArrayList<>();
          for (SourceFile file : files) {
            String id = DocumentIds.of(file.file());
            seen.add(id);
            futures.add(pool.submit(() -> {
              reports.add(indexOne(file, id, state, full, writer));
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
            reports.add(new FileReport(e.getValue().source(), "(id " + e.getKey() + ")",
                e.getKey(), Outcome.REMOVED, "", "file no longer in the source folder", 0));
          }
        }
        CopyRanks.update(writer);
        writer.commit();
        docs = writer.getDocStats().numDocs;
      }
    }
    return new RunReport(indexDir.toAbsolutePath().normalize().toString(),
        sources.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
        new ArrayList<>(reports), docs, (System.nanoTime() - start) / 1_000_000);
  }

  private FileReport indexOne(SourceFile file, String id, IndexedState state, boolean full,
      IndexWriter writer) {
    long t0 = System.nanoTime();
    String source = file.sourceRoot().toString();
    DocumentPipeline.Result result;
    try {
      SteadyRead.Stamp stamp = SteadyRead.Stamp.of(file.file());
      if (!full && state.isUnchanged(id, stamp.modifiedMillis(), stamp.size())) {
        return new FileReport(source, file.relativePath(), id, Outcome.UNCHANGED, "", "",
            elapsed(t0));
      }
      result = SteadyRead.read(pipeline, file, stamp);
    } catch (IOException e) {
      result = SteadyRead.unreachable(e, "listed, then gone before it was read");
    }
    try {
      if (result.document().isPresent()) {
        writer.updateDocument(new Term(Fields.ID, id), result.document().get());
      } else {
        // The file is gone or unreadable now: an older version must not linger in results.
        writer.deleteDocuments(new Term(Fields.ID, id));
      }
    } catch (IOException e) {
      // The index itself failed (disk full...): that ends the run, unlike a bad file.
      throw new UncheckedIOException("cannot write " + file.relativePath() + " to the index", e);
    }
    return new FileReport(source, file.relativePath(), id, result.outcome(), result.format(),
        result.message(), elapsed(t0));
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
