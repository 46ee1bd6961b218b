package fr.santekb.api.kb;

import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.indexer.schema.FacetName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of entities, each the values of one facet; named like the facet in the API. */
public enum EntityType {
  PARTNER(FacetName.PARTNER, "Partenaire"),
  COMMUNE(FacetName.COMMUNE, "Commune"),
  EPCI(FacetName.EPCI, "Intercommunalité"),
  DEPARTEMENT(FacetName.DEPARTEMENT, "Département"),
  REGION(FacetName.REGION, "Région"),
  THEME(FacetName.THEME, "Thème"),
  DISPOSITIF(FacetName.DISPOSITIF, "Dispositif"),
  ACRONYM(FacetName.ACRONYM, "Sigle");

  private final FacetName facet;
  private final String label;

  EntityType(FacetName facet, String label) {
    this.facet = facet;
    this.label = label;
  }

  public FacetName facet() {
    return facet;
  }

  /** The type in French, for pages. */
  public String label() {
    return label;
  }

  /** The API name: the facet's. */
  public String apiName() {
    return facet.apiName();
  }

  public boolean isPlace() {
    return this == COMMUNE || this == EPCI || this == DEPARTEMENT || this == REGION;
  }

  /** The type named {@code name} (case aside); a 400 naming {@code parameter} otherwise. */
  public static EntityType parse(String parameter, String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.apiName().equals(wanted)).findFirst()
        .orElseThrow(() -> new InvalidParameterException(parameter, "unknown entity type \""
            + name + "\" (known: " + String.join(", ", names()) + ")"));
  }

  static List<String> names() {
    return Arrays.stream(values()).map(EntityType::apiName).toList();
  }

  /** The entity type of a facet, when its values are entities. */
  static Optional<EntityType> of(FacetName facet) {
    return Arrays.stream(values()).filter(t -> t.facet == facet).findFirst();
  }
}
