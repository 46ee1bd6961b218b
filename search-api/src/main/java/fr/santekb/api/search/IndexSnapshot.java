package fr.santekb.api.search;

import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the index, with what is derived from that view: facet
 * ordinals, completions and the corpus vocabulary. Built by {@link SnapshotFactory} when the index
 * changes; its derived parts are released when the reader closes, so a request holding a snapshot
 * never sees them closed under it.
 */
public final class IndexSnapshot extends IndexSearcher {
  private final Optional<SortedSetDocValuesReaderState> facetState;
  private final Completions completions;
  private final Vocabulary vocabulary;
  private final Optional<Instant> commitTime;

  IndexSnapshot(IndexReader reader, Optional<SortedSetDocValuesReaderState> facetState,
      Completions completions, Vocabulary vocabulary, Optional<Instant> commitTime) {
    super(reader);
    this.facetState = facetState;
    this.completions = completions;
    this.vocabulary = vocabulary;
    this.commitTime = commitTime;
  }

  /** Facet ordinals of this view; empty when no document has facets (an empty index). */
  public Optional<SortedSetDocValuesReaderState> facetState() {
    return facetState;
  }

  public Completions completions() {
    return completions;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** When the commit behind this view was written, if the index folder tells. */
  public Optional<Instant> commitTime() {
    return commitTime;
  }
}
