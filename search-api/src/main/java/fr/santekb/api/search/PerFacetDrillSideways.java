package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways over one doc-values field per facet: a filtered facet is counted among the
 * documents matching the other filters (its "near misses") and only there, reading its own field;
 * every other facet among the documents matching every filter. Lucene's own counts every facet of
 * the near misses of each filtered facet, then keeps one.
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
    Set<FacetName> main = EnumSet.allOf(FacetName.class);
    Map<String, Facets> sideways = new HashMap<>();
    int n = drillSidewaysDims == null ? 0 : drillSidewaysDims.length;
    for (int i = 0; i < n; i++) {
      FacetName facet = FacetName.fromApiName(drillSidewaysDims[i]).orElseThrow();
      main.remove(facet);
      sideways.put(drillSidewaysDims[i], states.count(drillSideways[i], List.of(facet)));
    }
    Facets mainFacets = states.count(drillDowns, new ArrayList<>(main));
    return sideways.isEmpty() ? mainFacets : new MultiFacets(sideways, mainFacets);
  }
}
