package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;

/**
 * The facet ordinals of one index view: of the field holding every facet, read to count them all
 * (one field per document), and one per facet, read to count that facet alone (its own values
 * only). A facet no document carries has no state of its own, and its counts are empty.
 */
final class FacetStates {
  private final SortedSetDocValuesReaderState all;
  private final Map<FacetName, SortedSetDocValuesReaderState> states;

  private FacetStates(SortedSetDocValuesReaderState all,
      Map<FacetName, SortedSetDocValuesReaderState> states) {
    this.all = all;
    this.states = states;
  }

  /** The states of {@code reader}; empty when no document has a facet (an empty index). */
  static Optional<FacetStates> of(IndexReader reader, Schema schema) throws IOException {
    if (MultiDocValues.getSortedSetValues(reader, Fields.ALL_FACETS) == null) {
      return Optional.empty();
    }
    FacetsConfig config = schema.facetsConfig();
    Map<FacetName, SortedSetDocValuesReaderState> states = new EnumMap<>(FacetName.class);
    for (FacetName facet : FacetName.values()) {
      String field = config.getDimConfig(facet.apiName()).indexFieldName;
      if (MultiDocValues.getSortedSetValues(reader, field) != null) {
        states.put(facet, new DefaultSortedSetDocValuesReaderState(reader, field, config));
      }
    }
    return Optional.of(new FacetStates(new DefaultSortedSetDocValuesReaderState(reader,
        Fields.ALL_FACETS, schema.allFacetsConfig()), states));
  }

  /** Counts of every facet among {@code docs}, read from the field holding them all. */
  Facets countAll(FacetsCollector docs) throws IOException {
    return new SortedSetDocValuesFacetCounts(all, docs);
  }

  /**
   * Counts of {@code facets} among {@code docs}, each read from its own field; any other facet
   * answers as if it had none. For one facet or two: reading more, {@link #countAll} is faster.
   */
  Facets count(FacetsCollector docs, Collection<FacetName> facets) throws IOException {
    Map<String, Facets> byDim = new HashMap<>();
    for (FacetName facet : facets) {
      SortedSetDocValuesReaderState state = states.get(facet);
      if (state != null) {
        byDim.put(facet.apiName(), new SortedSetDocValuesFacetCounts(state, docs));
      }
    }
    return new MultiFacets(byDim, NoFacets.INSTANCE);
  }

  /** A facet with no counts: no value, no document. */
  private static final class NoFacets extends Facets {
    static final NoFacets INSTANCE = new NoFacets();

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
      return null;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
      return null;
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
      return null;
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
      return List.of();
    }
  }
}
