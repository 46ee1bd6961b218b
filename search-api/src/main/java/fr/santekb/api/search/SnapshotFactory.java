package fr.santekb.api.search;

import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link IndexSnapshot} for each new reader the searcher manager opens: facet ordinals,
 * the corpus vocabulary and the completion index are computed once per commit, off the request
 * path.
 */
final class SnapshotFactory extends SearcherFactory {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotFactory.class);

  private final Schema schema;
  private final Path indexDir;

  SnapshotFactory(Schema schema, Path indexDir) {
    this.schema = schema;
    this.indexDir = indexDir;
  }

  /**
   * The first view (server start) is served at once, its completions and vocabulary built in the
   * background; a later view (a new commit) gets them before it replaces the one in service, so
   * no request waits for them then.
   */
  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    long t0 = System.nanoTime();
    Optional<FacetStates> facets = FacetStates.of(reader, schema);
    boolean copies = hasCopies(reader);
    HarvestedText harvested;
    if (previousReader == null) {
      reader.incRef(); // kept open for the build, even if a newer view replaces this one
      harvested = HarvestedText.pending(CompletableFuture.supplyAsync(() -> {
        try {
          return harvest(reader, t0);
        } catch (IOException | RuntimeException e) {
          // Searches go on; suggestions and corrections fail with this cause until a new commit.
          LOG.error("building the completions failed: {}", e.toString());
          throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
          decRefQuietly(reader);
        }
      }, SnapshotFactory::startDaemon));
    } else {
      harvested = HarvestedText.ready(harvest(reader, t0));
    }
    // The completion index lives as long as the reader: closed when its last user releases it.
    reader.getReaderCacheHelper().addClosedListener(key -> harvested.close());
    IndexSnapshot snapshot = new IndexSnapshot(reader, facets, harvested, copies,
        commitTime(reader));
    LOG.info("index opened: {} documents, searchable in {} ms{}", reader.numDocs(),
        (System.nanoTime() - t0) / 1_000_000, harvested.isReady() ? ""
            : " (completions being built)");
    return snapshot;
  }

  /**
   * Whether some content has several files: a document ranked as a secondary copy, or a copy key
   * shared by two documents (an index written before ranks existed has no ranks to tell).
   */
  private static boolean hasCopies(IndexReader reader) throws IOException {
    if (new IndexSearcher(reader).count(SearchFilters.SECONDARY_COPIES) > 0) {
      return true;
    }
    Terms keys = MultiTerms.getTerms(reader, Fields.COPY_KEY);
    if (keys == null) {
      return false;
    }
    TermsEnum te = keys.iterator();
    while (te.next() != null) {
      if (te.docFreq() > 1) {
        return true;
      }
    }
    return false;
  }

  private HarvestedText.Parts harvest(IndexReader reader, long t0) throws IOException {
    Harvest harvest = PhraseHarvester.harvest(reader, schema.analysis());
    Completions completions = Completions.build(harvest, schema.analysis().exact());
    LOG.info("completions ready: {} from {} documents, {} ms after the index was opened",
        harvest.entries().size(), reader.numDocs(), (System.nanoTime() - t0) / 1_000_000);
    return new HarvestedText.Parts(completions, new Vocabulary(harvest.surfaceForms()));
  }

  private static void startDaemon(Runnable task) {
    Thread t = new Thread(task, "completions-build");
    t.setDaemon(true);
    t.start();
  }

  private static void decRefQuietly(IndexReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      LOG.warn("closing the index view after building its completions failed: {}",
          e.toString());
    }
  }

  private Optional<Instant> commitTime(IndexReader reader) {
    if (!(reader instanceof DirectoryReader dr)) {
      return Optional.empty();
    }
    try {
      Path segments = indexDir.resolve(dr.getIndexCommit().getSegmentsFileName());
      return Optional.of(Files.getLastModifiedTime(segments).toInstant());
    } catch (NoSuchFileException e) {
      // A newer commit already replaced this one on disk: its time is no longer known.
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
