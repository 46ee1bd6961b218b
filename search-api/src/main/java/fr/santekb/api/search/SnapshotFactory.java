package fr.santekb.api.search;

import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link IndexSnapshot} for each new reader the searcher manager opens: facet ordinals,
 * the corpus vocabulary and the completion index are computed once per commit, off the request path.
 */
final class SnapshotFactory extends SearcherFactory {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotFactory.class);

  private final Schema schema;
  private final Path indexDir;

  SnapshotFactory(Schema schema, Path indexDir) {
    this.schema = schema;
    this.indexDir = indexDir;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    long t0 = System.nanoTime();
    Optional<SortedSetDocValuesReaderState> facets = facetState(reader);
    Harvest harvest = PhraseHarvester.harvest(reader, schema.analysis());
    Completions completions = Completions.build(harvest, schema.analysis().exact());
    // The completion index lives as long as the reader: closed when its last user releases it.
    reader.getReaderCacheHelper().addClosedListener(key -> completions.close());
    IndexSnapshot snapshot = new IndexSnapshot(reader, facets, completions,
        new Vocabulary(harvest.surfaceForms()), commitTime(reader));
    LOG.info("index opened: {} documents, {} completions, ready in {} ms", reader.numDocs(),
        harvest.entries().size(), (System.nanoTime() - t0) / 1_000_000);
    return snapshot;
  }

  private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader)
      throws IOException {
    String field = schema.facetsConfig().getDimConfig("type").indexFieldName;
    if (MultiDocValues.getSortedSetValues(reader, field) == null) {
      return Optional.empty();
    }
    return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig()));
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
