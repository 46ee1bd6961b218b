package fr.santekb.indexer.enrichment;

/**
 * A French département from the reference geography.
 *
 * @param code département code, e.g. "13", "2A", "971"
 * @param name official name, e.g. "Bouches-du-Rhône"
 * @param region code of its région, e.g. "93"
 */
public record Departement(String code, String name, String region) {}
