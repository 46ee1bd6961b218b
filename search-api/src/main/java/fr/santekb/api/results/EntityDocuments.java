package fr.santekb.api.results;

import java.util.List;
import java.util.Map;

/**
 * The documents naming an entity: the newest first page, their number and the search that lists
 * them all.
 *
 * @param total documents naming the entity (copies of one content count once)
 * @param hits the first page, newest first
 * @param filter the search parameters that list them all ({@code {"partner": ["atmo-sud"]}})
 * @param search the same as a query string for {@code /api/search} and the search page
 */
public record EntityDocuments(long total, List<Hit> hits, Map<String, List<String>> filter,
    String search) {}
