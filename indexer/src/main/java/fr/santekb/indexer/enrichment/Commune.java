package fr.santekb.indexer.enrichment;

import java.util.Optional;

/**
 * A French commune from the reference geography.
 *
 * @param insee INSEE code, e.g. "13056"
 * @param name official name, e.g. "Martigues"
 * @param departement département code, e.g. "13", "2A", "971"
 * @param region région code, e.g. "93"
 * @param population municipal population
 * @param epciSiren SIREN of its intercommunality, where known
 * @param epciName name of its intercommunality, where known
 */
public record Commune(String insee, String name, String departement, String region,
    int population, Optional<String> epciSiren, Optional<String> epciName) {

  /** "Martigues (13)": the name with its département code, which tells homonyms apart. */
  public String label() {
    return name + " (" + departement + ")";
  }
}
