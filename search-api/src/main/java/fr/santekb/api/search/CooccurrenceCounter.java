package fr.santekb.api.search;

import fr.santekb.api.query.FacetTerm;
import fr.santekb.api.results.FacetValue;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Counts one facet's values among the documents that carry every one of some facet values (AND,
 * unlike search filters, which OR the values of one facet): who appears with both ATMO Sud and the
 * CoDEPS 13. Copies of one content count once.
 */
final class CooccurrenceCounter {
  private final FacetsConfig facetsConfig;
  private final FacetLabels labels;

  CooccurrenceCounter(FacetsConfig facetsConfig, FacetLabels labels) {
    this.facetsConfig = facetsConfig;
    this.labels = labels;
  }

  /** The {@code size} most frequent values of {@code counted}; none on an empty index. */
  List<FacetValue> count(IndexSnapshot snapshot, List<FacetTerm> allOf, FacetName counted,
      int size) throws IOException {
    Optional<FacetStates> states = snapshot.facetStates();
    if (states.isEmpty() || allOf.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (FacetTerm t : allOf) {
      String dim = t.facet().apiName();
      query.add(new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName,
          dim, t.value())), BooleanClause.Occur.FILTER);
    }
    query.add(SearchFilters.SECONDARY_COPIES, BooleanClause.Occur.MUST_NOT);
    FacetsCollector collected = snapshot.search(query.build(), new FacetsCollectorManager());
    Facets counts = states.get().count(collected, List.of(counted));
    List<FacetValue> out = new ArrayList<>();
    for (FacetCount c : FacetCount.top(counts, counted, size)) {
      out.add(new FacetValue(c.value(), labels.label(counted, c.value()), c.count()));
    }
    return out;
  }
}
