package fr.santekb.api.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search returns as hits. */
public enum SearchUnit {
  /** Documents (the default). */
  DOCUMENT,
  /**
   * Documents with a structure (contracts, action plans), each with the sections where the query
   * matches: « the fiche on santé environnementale in the CLS Sud Charente, p. 17 ».
   */
  SECTION;

  /** The name used in the {@code unit} parameter. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchUnit> fromApiName(String name) {
    return Arrays.stream(values()).filter(u -> u.apiName().equals(name)).findFirst();
  }
}
