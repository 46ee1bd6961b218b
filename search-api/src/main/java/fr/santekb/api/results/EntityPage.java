package fr.santekb.api.results;

import java.util.List;
import java.util.Map;

/**
 * Everything the knowledge base knows of one entity.
 *
 * @param type entity type (a facet name)
 * @param typeLabel the type in French (« Partenaire », « Commune »…)
 * @param key its facet value
 * @param label display label
 * @param aliases other names it goes by in documents
 * @param senses an acronym's expansions, the health sense first; else empty
 * @param description a short description (an acronym's expansion, a glossary or reference note),
 *     or null
 * @param hierarchy for a place, the places containing it, nearest first (commune → EPCI →
 *     département → région), each with its own number of documents; else empty
 * @param documents its documents
 * @param related entity type → the entities sharing most documents with it (for a place, the
 *     places inside it under their type)
 * @param network for a partner, its strongest co-partner links; else null
 */
public record EntityPage(String type, String typeLabel, String key, String label,
    List<String> aliases, List<String> senses, String description, List<EntityRef> hierarchy,
    EntityDocuments documents, Map<String, List<EntityRef>> related, PartnerNetwork network) {}
