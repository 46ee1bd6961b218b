package fr.santekb.indexer.index;

import fr.santekb.indexer.enrichment.Commune;
import fr.santekb.indexer.enrichment.Departement;
import fr.santekb.indexer.enrichment.Enrichment;
import fr.santekb.indexer.enrichment.Epci;
import fr.santekb.indexer.enrichment.Geography;
import fr.santekb.indexer.enrichment.Region;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.enrichment.VocabularyEntry;
import fr.santekb.indexer.schema.FacetName;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of a document's {@code entities} field: the label and aliases of each partner it was
 * given, and the names of its communes, EPCIs, départements and régions — named things, which a
 * text may spell otherwise (« AtmoSud », « ATMO Sud »). Themes and dispositifs are left out: they
 * are topics, and their words would match documents that never use them.
 */
public final class EntityNames {
  private final Map<FacetName, Map<String, List<String>>> names = new EnumMap<>(FacetName.class);
  private final Geography geography;

  public EntityNames(Vocabularies vocabularies) {
    this.geography = vocabularies.geography();
    for (FacetName facet : List.of(FacetName.PARTNER)) {
      Map<String, List<String>> byId = new HashMap<>();
      for (VocabularyEntry e : vocabularies.entries(facet)) {
        Set<String> all = new LinkedHashSet<>();
        all.add(e.label());
        all.addAll(e.aliases());
        byId.put(e.id(), List.copyOf(all));
      }
      names.put(facet, byId);
    }
  }

  /** The names, each once; empty when the document has no entity. */
  public List<String> of(Enrichment enrichment) {
    Set<String> lines = new LinkedHashSet<>();
    for (Map.Entry<FacetName, Map<String, List<String>>> facet : names.entrySet()) {
      for (String id : enrichment.values(facet.getKey())) {
        lines.addAll(facet.getValue().getOrDefault(id, List.of()));
      }
    }
    enrichment.values(FacetName.COMMUNE).forEach(c -> geography.commune(c)
        .map(Commune::name).ifPresent(lines::add));
    enrichment.values(FacetName.EPCI).forEach(e -> geography.epci(e)
        .map(Epci::name).ifPresent(lines::add));
    enrichment.values(FacetName.DEPARTEMENT).forEach(d -> geography.departement(d)
        .map(Departement::name).ifPresent(lines::add));
    enrichment.values(FacetName.REGION).forEach(r -> geography.region(r)
        .map(Region::name).ifPresent(lines::add));
    return List.copyOf(lines);
  }
}
