package fr.santekb.api.results;

import java.util.List;

/**
 * Entities of one type matching a text, most documented first.
 *
 * @param type the entity type asked for
 * @param q the text asked for (empty: every entity)
 * @param total entities matching before the size limit
 * @param entities the first of them
 */
public record EntityListResponse(String type, String q, int total, List<EntitySummary> entities) {}
