package fr.santekb.api.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Ends a search's collection when its {@link Deadline} passes: no further segment is searched,
 * and a segment being searched stops at the next look at the clock (every {@link
 * DeadlineFilter#CHECK_EVERY} documents collected). Unlike {@link DeadlineFilter}, no clause is
 * added to the query, which would keep the top-hits pass from scoring the query's own clauses
 * as one (measured: p50 2.0 ms without the clause, 12.0 ms with it). The documents skipped
 * because they cannot enter the page are not collected, so a pass that skips well looks at the
 * clock less often: the counting pass, which visits every match, keeps the filter.
 */
final class DeadlineCollectorManager<C extends Collector, T>
    implements CollectorManager<DeadlineCollectorManager.Bounded<C>, T> {
  private final CollectorManager<C, T> inner;
  private final Deadline deadline;

  DeadlineCollectorManager(CollectorManager<C, T> inner, Deadline deadline) {
    this.inner = inner;
    this.deadline = deadline;
  }

  @Override
  public Bounded<C> newCollector() throws IOException {
    return new Bounded<>(inner.newCollector(), deadline);
  }

  @Override
  public T reduce(Collection<Bounded<C>> collectors) throws IOException {
    List<C> inners = collectors.stream().map(b -> b.inner).toList();
    return inner.reduce(inners);
  }

  /** One collector of {@code inner}'s, stopped by the deadline. */
  static final class Bounded<C extends Collector> implements Collector {
    private final C inner;
    private final Deadline deadline;

    Bounded(C inner, Deadline deadline) {
      this.inner = inner;
      this.deadline = deadline;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (deadline.passed()) {
        throw new CollectionTerminatedException();
      }
      return new FilterLeafCollector(inner.getLeafCollector(context)) {
        private int collected;

        @Override
        public void collect(int doc) throws IOException {
          if (++collected % DeadlineFilter.CHECK_EVERY == 0 && deadline.passed()) {
            throw new CollectionTerminatedException();
          }
          super.collect(doc);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return inner.scoreMode();
    }
  }
}
