package fr.santekb.api.search;

import fr.santekb.api.results.LabelledValue;
import fr.santekb.indexer.schema.FacetName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Display labels of facet values, from the vocabularies and reference geography. */
public final class FacetLabels {
  /** Where labels come from: empty when the source does not know the value. */
  @FunctionalInterface
  public interface Source {
    Optional<String> label(FacetName facet, String value);
  }

  private final Source source;

  public FacetLabels(Source source) {
    this.source = source;
  }

  /** Labels that are the values themselves. */
  public static FacetLabels identity() {
    return new FacetLabels((facet, value) -> Optional.empty());
  }

  /** The label of {@code value}, the value itself when no source names it. */
  public String label(FacetName facet, String value) {
    return source.label(facet, value).orElse(value);
  }

  /** Each facet's values with their labels, keyed by the facet's API name (a hit's shape). */
  public Map<String, List<LabelledValue>> labelled(Map<FacetName, List<String>> facets) {
    Map<String, List<LabelledValue>> out = new LinkedHashMap<>();
    facets.forEach((facet, values) -> out.put(facet.apiName(),
        values.stream().map(v -> new LabelledValue(v, label(facet, v))).toList()));
    return out;
  }

  /** The label of the first of {@code values}, null when there is none. */
  public String firstLabel(FacetName facet, List<String> values) {
    return values.stream().findFirst().map(v -> label(facet, v)).orElse(null);
  }
}
