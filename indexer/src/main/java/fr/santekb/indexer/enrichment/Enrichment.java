package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.schema.FacetName;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entities recognised in one document, as facet values (vocabulary ids, INSEE codes, years), plus the
 * fields of an action record when the document is one.
 *
 * @param facets every facet value found, by facet (FORMAT included); absent facet = no value
 * @param year the document's main year (signature or publication), if one was found
 * @param actionRecord the parsed "fiche action" fields, when the document is an OSCARS-style record
 * @param sourceUrl the source address given by a sidecar, if any
 */
public record Enrichment(
    Map<FacetName, Set<String>> facets,
    Optional<Integer> year,
    Optional<ActionRecord> actionRecord,
    Optional<String> sourceUrl) {

  public Enrichment {
    facets = Map.copyOf(facets);
  }

  public Set<String> values(FacetName facet) {
    return facets.getOrDefault(facet, Set.of());
  }
}
