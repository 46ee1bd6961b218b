package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which counts of a search answer were made in the index's {@link DocumentSample} rather than over
 * every match, and the factor that scales a count made there to the whole index.
 *
 * @param total whether the total is an estimate
 * @param facets the facets whose counts are estimates
 * @param scale live documents of the index per live document of the sample (1 when none is)
 */
record CountEstimates(boolean total, Set<FacetName> facets, double scale) {
  /** Every count exact. */
  static final CountEstimates NONE = new CountEstimates(false, Set.of(), 1.0);

  CountEstimates {
    facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
  }

  /** The total and every facet estimated, in a sample scaled by {@code scale}. */
  static CountEstimates all(double scale) {
    return new CountEstimates(true, EnumSet.allOf(FacetName.class), scale);
  }

  /** {@code count} of {@code facet} for the whole index (scaled when it was made in the sample). */
  int scaled(FacetName facet, int count) {
    return facets.contains(facet)
        ? (int) Math.min(Integer.MAX_VALUE, Math.round(count * scale)) : count;
  }
}
