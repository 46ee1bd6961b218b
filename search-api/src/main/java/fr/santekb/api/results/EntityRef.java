package fr.santekb.api.results;

/**
 * A reference to another entity, with the number of documents it shares with the one shown (or,
 * in a place's hierarchy, its own number of documents).
 *
 * @param type entity type
 * @param key its facet value
 * @param label display label
 * @param count documents shared (related entities) or documents naming it (hierarchy)
 */
public record EntityRef(String type, String key, String label, int count) {}
