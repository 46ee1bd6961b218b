package fr.santekb.api.results;

/**
 * A facet value with its display label and the number of documents carrying it.
 *
 * @param value stable identifier used in filters (an INSEE code, a theme id, a year)
 * @param label human-readable label, the value itself when no vocabulary names it
 * @param count documents with this value for the current query
 */
public record FacetValue(String value, String label, int count) {}
