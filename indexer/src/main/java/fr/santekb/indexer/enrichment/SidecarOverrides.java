package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.schema.FacetName;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a sidecar's curated fields over what enrichment found: type, dispositifs, territory,
 * year, partners and source address. Free-text values are resolved against the vocabularies and the
 * geography; a field whose values resolve to nothing leaves the detected values in place, because a
 * facet may only hold known values (the title is handled by extraction).
 */
final class SidecarOverrides {
  private final Vocabularies vocabularies;
  private final TerritoryFinder territories;

  SidecarOverrides(Vocabularies vocabularies, TerritoryFinder territories) {
    this.vocabularies = vocabularies;
    this.territories = territories;
  }

  Enrichment apply(Enrichment detected, Sidecar sidecar) {
    Map<FacetName, Set<String>> facets = new EnumMap<>(FacetName.class);
    facets.putAll(detected.facets());
    sidecar.type().flatMap(t -> vocabularies.types().resolve(t))
        .ifPresent(id -> facets.put(FacetName.TYPE, Set.of(id)));
    override(facets, FacetName.DISPOSITIF, sidecar.dispositifs(),
        vocabularies.dispositifs()::resolve);
    override(facets, FacetName.PARTNER, sidecar.partners(), vocabularies.partners()::resolve);
    Territory territory = territories.resolve(sidecar.territories());
    if (!territory.isEmpty()) {
      Enricher.putTerritory(facets, territory, vocabularies.geography());
    }
    Optional<Integer> year = sidecar.year().or(detected::year);
    year.ifPresent(y -> facets.put(FacetName.YEAR, Set.of(String.valueOf(y))));
    return new Enrichment(facets, year, detected.actionRecord(),
        sidecar.sourceUrl().or(detected::sourceUrl), detected.evidence(), detected.contract());
  }

  private static void override(Map<FacetName, Set<String>> facets, FacetName facet,
      List<String> values, Function<String, Set<String>> resolver) {
    Set<String> ids = new LinkedHashSet<>();
    values.forEach(v -> ids.addAll(resolver.apply(v)));
    if (!ids.isEmpty()) {
      facets.put(facet, Set.copyOf(ids));
    }
  }
}
