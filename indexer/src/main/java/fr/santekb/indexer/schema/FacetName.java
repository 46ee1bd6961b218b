package fr.santekb.indexer.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets every document may carry. Values are stable identifiers taken only from vocabularies or
 * reference tables (an INSEE code, a theme id, a year), never raw strings; labels are resolved from
 * the same vocabularies when a value is shown.
 */
public enum FacetName {
  TYPE("type"),
  DISPOSITIF("dispositif"),
  THEME("theme"),
  PARTNER("partner"),
  /** Partners that sign the contract (its parties), by partner id. */
  SIGNATORY("signatory"),
  COMMUNE("commune"),
  /** An intercommunality (EPCI), by SIREN: the EPCIs of the document's communes. */
  EPCI("epci"),
  DEPARTEMENT("departement"),
  REGION("region"),
  YEAR("year"),
  FORMAT("format"),
  /** Acronyms of the glossary the text uses in capitals (« ARS », « CoDEPS »), by upper-case key. */
  ACRONYM("acronym"),
  /** The text quality level: « bonne », « moyenne », « faible » (see the quality package). */
  QUALITY("quality");

  private final String apiName;

  FacetName(String apiName) {
    this.apiName = apiName;
  }

  /** The name used in the index, the API and URLs. */
  public String apiName() {
    return apiName;
  }

  /** Finds a facet by its API name (case-insensitive), empty when unknown. */
  public static Optional<FacetName> fromApiName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.apiName.equals(wanted)).findFirst();
  }
}
