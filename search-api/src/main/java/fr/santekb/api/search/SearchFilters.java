package fr.santekb.api.search;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchUnit;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The clauses a search request adds around its text query: filters, deadline, sample. */
final class SearchFilters {
  /**
   * The copies of a content other than its main one ({@link Fields#COPY_RANK} above 0): never
   * matched, so hits, totals and facet counts count each content once. A document without a rank
   * (an index written before ranks existed) is kept.
   */
  static final Query SECONDARY_COPIES =
      NumericDocValuesField.newSlowRangeQuery(Fields.COPY_RANK, 1, Long.MAX_VALUE);

  private SearchFilters() {}

  /** {@code base} filtered on the request's facet values, except those of {@code skipped}. */
  static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request,
      FacetName skipped) {
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    request.filters().forEach((facet, values) -> {
      if (facet != skipped) {
        values.forEach(v -> ddq.add(facet.apiName(), v));
      }
    });
    return ddq;
  }

  /** {@code query} matched only until {@code deadline} passes. */
  static Query timed(Query query, Deadline deadline) {
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(new DeadlineFilter(deadline), BooleanClause.Occur.FILTER).build();
  }

  /** {@code query} restricted to {@code sample}'s documents, or as it is when there is none. */
  static Query within(Query query, DocumentSample sample) {
    return sample == null ? query : new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST).add(sample, BooleanClause.Occur.FILTER).build();
  }

  /** {@code query} within the year range and, when {@code contents}, without secondary copies. */
  static Query restrict(Query query, SearchRequest request, boolean contents) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (contents) {
      b.add(SECONDARY_COPIES, BooleanClause.Occur.MUST_NOT);
    }
    if (request.yearFrom().isPresent() || request.yearTo().isPresent()) {
      b.add(IntPoint.newRangeQuery(Fields.YEAR, request.yearFrom().orElse(Integer.MIN_VALUE),
          request.yearTo().orElse(Integer.MAX_VALUE)), BooleanClause.Occur.FILTER);
    }
    request.inForce().ifPresent(year -> {
      // In force that year: the period starts no later and ends no earlier.
      b.add(IntPoint.newRangeQuery(Fields.PERIOD_FROM, Integer.MIN_VALUE, year),
          BooleanClause.Occur.FILTER);
      b.add(IntPoint.newRangeQuery(Fields.PERIOD_TO, year, Integer.MAX_VALUE),
          BooleanClause.Occur.FILTER);
    });
    if (request.unit() == SearchUnit.SECTION) {
      b.add(new TermQuery(new Term(Fields.HAS_SECTIONS, "1")), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }
}
