package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
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
}
