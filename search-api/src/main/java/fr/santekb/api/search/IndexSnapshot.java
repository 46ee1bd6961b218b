package fr.santekb.api.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the index, with what is derived from that view: facet
 * ordinals, completions and the corpus vocabulary. Built by {@link SnapshotFactory} when the index
 * changes; its derived parts are released when the reader closes, so a request holding a snapshot
 * never sees them closed under it.
 */
public final class IndexSnapshot extends IndexSearcher {
  private final Optional<FacetStates> facetStates;
  private final HarvestedText harvested;
  private final boolean copies;
  private final Optional<Instant> commitTime;
  private Optional<DocumentSample> sample;
  private int sampleMinDocuments;

  IndexSnapshot(IndexReader reader, Optional<FacetStates> facetStates,
      HarvestedText harvested, boolean copies, Optional<Instant> commitTime) {
    super(reader);
    this.facetStates = facetStates;
    this.harvested = harvested;
    this.copies = copies;
    this.commitTime = commitTime;
  }

  /** Facet ordinals of this view; empty when no document has facets (an empty index). */
  Optional<FacetStates> facetStates() {
    return facetStates;
  }

  /** The completions of this view; waits while the server is still building them. */
  public Completions completions() throws IOException {
    return harvested.parts().completions();
  }

  /** The vocabulary of this view; waits while the server is still building it. */
  public Vocabulary vocabulary() throws IOException {
    return harvested.parts().vocabulary();
  }

  /**
   * Whether some content has several files (copies in other formats or places): if none has,
   * each hit is its content's only file, and files and contents are counted alike.
   */
  boolean hasCopies() {
    return copies;
  }

  /**
   * The fixed sample of this view, of at least {@code minDocuments} documents, in which broad
   * searches estimate their counts; empty for an index small enough to be counted whole every
   * time. Built at the first call (a bit per document) and kept.
   */
  synchronized Optional<DocumentSample> sample(int minDocuments) {
    if (sample == null || sampleMinDocuments != minDocuments) {
      sample = DocumentSample.of(getIndexReader(), minDocuments);
      sampleMinDocuments = minDocuments;
    }
    return sample;
  }

  /** When the commit behind this view was written, if the index folder tells. */
  public Optional<Instant> commitTime() {
    return commitTime;
  }
}
