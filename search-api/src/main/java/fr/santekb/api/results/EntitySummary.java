package fr.santekb.api.results;

import java.util.List;

/**
 * A knowledge-base entity as listed: what it is and how many documents name it.
 *
 * @param type entity type, a facet name (partner, commune, epci, departement, region, theme,
 *     dispositif, acronym)
 * @param key its facet value: vocabulary id, INSEE code, EPCI SIREN, département or région code,
 *     upper-case acronym
 * @param label display label
 * @param aliases other names it goes by in documents (acronyms, short names), possibly empty
 * @param senses an acronym's expansions, the health sense first; several = ambiguous; else empty
 * @param documents documents naming it (copies of one content count once)
 */
public record EntitySummary(String type, String key, String label, List<String> aliases,
    List<String> senses, int documents) {}
