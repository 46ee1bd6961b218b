package fr.santekb.api.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A filter clause that matches every document until its {@link Deadline} passes, then none: added
 * to a search, it ends matching (hits, totals and facet counts alike) when the time budget is
 * spent. Lucene's own {@code IndexSearcher.setTimeout} cannot serve here: its flag is shared by
 * all requests on a searcher, and drill-sideways scoring refuses the windows it scores in.
 */
final class DeadlineFilter extends Query {
  /** Documents matched between two looks at the clock. */
  static final int CHECK_EVERY = 64;

  private final Deadline deadline;

  DeadlineFilter(Deadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        var scorer = new ConstantScoreScorer(score(), scoreMode,
            new Iterator(context.reader().maxDoc()));
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // its matches depend on the clock
      }
    };
  }

  /** Every document up to {@code maxDoc}, until the deadline passes. */
  private final class Iterator extends DocIdSetIterator {
    private final int maxDoc;
    private int doc = -1;
    private int calls;

    Iterator(int maxDoc) {
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      boolean over = calls++ % CHECK_EVERY == 0 && deadline.passed();
      doc = over || target >= maxDoc ? NO_MORE_DOCS : target;
      return doc;
    }

    @Override
    public long cost() {
      return maxDoc;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "deadline";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
