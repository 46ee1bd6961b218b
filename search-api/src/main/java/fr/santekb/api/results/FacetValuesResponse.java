package fr.santekb.api.results;

import java.util.List;

/**
 * Values of one facet whose label (or value) starts with a prefix, most frequent first.
 *
 * @param name facet name
 * @param prefix the prefix asked for, empty for all values
 * @param total how many values matched before the size limit
 * @param values at most {@code size} values
 * @param partial true when the search's time budget ran out: the counts cover only the documents
 *     matched until then
 */
public record FacetValuesResponse(String name, String prefix, int total, List<FacetValue> values,
    boolean partial) {}
