package fr.santekb.indexer.enrichment;

import java.util.Set;

/**
 * The places a document is about, as facet values.
 *
 * @param communes INSEE codes
 * @param departements département codes
 * @param regions région codes
 */
record Territory(Set<String> communes, Set<String> departements, Set<String> regions) {
  Territory {
    communes = Set.copyOf(communes);
    departements = Set.copyOf(departements);
    regions = Set.copyOf(regions);
  }

  boolean isEmpty() {
    return communes.isEmpty() && departements.isEmpty() && regions.isEmpty();
  }
}
