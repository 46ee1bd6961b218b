package fr.santekb.api.kb;

import fr.santekb.indexer.enrichment.Commune;
import fr.santekb.indexer.enrichment.Departement;
import fr.santekb.indexer.enrichment.Epci;
import fr.santekb.indexer.enrichment.Geography;
import fr.santekb.indexer.enrichment.Region;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.enrichment.VocabularyEntry;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity the configuration knows, by type and key: vocabulary entries with their aliases and
 * descriptions, the reference geography (communes, EPCIs, départements, régions) and the glossary
 * of acronyms. Built once at start-up; immutable and thread-safe.
 */
public final class EntityCatalog {
  private final Geography geography;
  private final Map<EntityType, Map<String, Entity>> byType = new EnumMap<>(EntityType.class);

  private EntityCatalog(Geography geography) {
    this.geography = geography;
  }

  public static EntityCatalog of(Vocabularies vocabularies) {
    Geography g = vocabularies.geography();
    EntityCatalog catalog = new EntityCatalog(g);
    for (EntityType type : List.of(EntityType.PARTNER, EntityType.THEME, EntityType.DISPOSITIF)) {
      for (VocabularyEntry e : vocabularies.entries(type.facet())) {
        catalog.add(new Entity(type, e.id(), e.label(), withoutLabel(e.aliases(), e.label()),
            List.of(), e.description()));
      }
    }
    for (Region r : g.regions()) {
      catalog.add(new Entity(EntityType.REGION, r.code(), r.name(), r.aliases(), List.of(),
          Optional.of("Région (code " + r.code() + ")")));
    }
    for (Departement d : g.departements()) {
      String region = g.region(d.region()).map(Region::name).orElse(d.region());
      catalog.add(new Entity(EntityType.DEPARTEMENT, d.code(), d.name(), List.of(), List.of(),
          Optional.of("Département (" + d.code() + "), région " + region)));
    }
    for (Epci e : g.epcis()) {
      catalog.add(new Entity(EntityType.EPCI, e.siren(), e.name(), List.of(), List.of(),
          Optional.of("Intercommunalité (EPCI), SIREN " + e.siren() + ", "
              + e.communes().size() + (e.communes().size() > 1 ? " communes" : " commune"))));
    }
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.FRANCE);
    for (Commune c : g.communes()) {
      String departement = g.departement(c.departement()).map(Departement::name)
          .orElse(c.departement());
      String people = c.population() > 0
          ? ", " + numbers.format(c.population()).replace('\u202f', ' ') + " habitants" : "";
      catalog.add(new Entity(EntityType.COMMUNE, c.insee(), c.label(), List.of(c.name()),
          List.of(), Optional.of("Commune (INSEE " + c.insee() + "), " + departement + people)));
    }
    vocabularies.acronyms().forEach((acronym, senses) -> catalog.add(new Entity(
        EntityType.ACRONYM, acronym, acronym, List.of(), senses,
        Optional.of(String.join(" ; ", senses)))));
    return catalog;
  }

  private static List<String> withoutLabel(List<String> aliases, String label) {
    List<String> out = new ArrayList<>();
    for (String a : aliases) {
      if (!a.equalsIgnoreCase(label) && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private void add(Entity e) {
    byType.computeIfAbsent(e.type(), t -> new LinkedHashMap<>()).putIfAbsent(e.key(), e);
  }

  /** The entity of {@code type} with {@code key}, when the configuration knows it. */
  Optional<Entity> find(EntityType type, String key) {
    return Optional.ofNullable(byType.getOrDefault(type, Map.of()).get(key));
  }

  /** Every known entity of {@code type}, in configuration order. */
  List<Entity> all(EntityType type) {
    return List.copyOf(byType.getOrDefault(type, Map.of()).values());
  }

  Geography geography() {
    return geography;
  }
}
