package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways reading one facet's own doc-values field for each filtered facet: that facet is
 * counted among the documents matching the other filters (its "near misses") and only there;
 * every other facet among the documents matching every filter, from the field holding them all.
 * Lucene's own counts every facet of the near misses of each filtered facet, then keeps one.
 */
final class PerFacetDrillSideways extends DrillSideways {
  private final FacetStates states;

  PerFacetDrillSideways(IndexSearcher searcher, FacetsConfig config, FacetStates states) {
    super(searcher, config, (SortedSetDocValuesReaderState) null);
    this.states = states;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    Map<String, Facets> sideways = new HashMap<>();
    int n = drillSidewaysDims == null ? 0 : drillSidewaysDims.length;
    for (int i = 0; i < n; i++) {
      FacetName facet = FacetName.fromApiName(drillSidewaysDims[i]).orElseThrow();
      sideways.put(drillSidewaysDims[i], states.count(drillSideways[i], List.of(facet)));
    }
    // The filtered facets are counted here too, and answered by their sideways counts.
    Facets mainFacets = states.countAll(drillDowns);
    return sideways.isEmpty() ? mainFacets : new MultiFacets(sideways, mainFacets);
  }
}
