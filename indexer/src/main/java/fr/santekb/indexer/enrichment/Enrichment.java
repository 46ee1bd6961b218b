package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.contracts.ContractFacts;
import fr.santekb.indexer.schema.FacetName;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * @param evidence for themes, dispositifs and partners: why each value was given (mentions, title,
 *     record, where the first mentions stand)
 * @param contract the document's validity period and structure, as a contract
 */
public record Enrichment(
    Map<FacetName, Set<String>> facets,
    Optional<Integer> year,
    Optional<ActionRecord> actionRecord,
    Optional<String> sourceUrl,
    Map<FacetName, Map<String, Evidence>> evidence,
    ContractFacts contract) {

  public Enrichment {
    facets = Map.copyOf(facets);
    // Evidence only for values the document keeps (a sidecar may have replaced them).
    Map<FacetName, Map<String, Evidence>> kept = new EnumMap<>(FacetName.class);
    for (Map.Entry<FacetName, Map<String, Evidence>> byFacet : evidence.entrySet()) {
      Set<String> values = facets.getOrDefault(byFacet.getKey(), Set.of());
      Map<String, Evidence> shown = new LinkedHashMap<>();
      for (Map.Entry<String, Evidence> e : byFacet.getValue().entrySet()) {
        if (values.contains(e.getKey())) {
          shown.put(e.getKey(), e.getValue());
        }
      }
      if (!shown.isEmpty()) {
        kept.put(byFacet.getKey(), Collections.unmodifiableMap(shown));
      }
    }
    evidence = Collections.unmodifiableMap(kept);
  }

  public Set<String> values(FacetName facet) {
    return facets.getOrDefault(facet, Set.of());
  }
}
