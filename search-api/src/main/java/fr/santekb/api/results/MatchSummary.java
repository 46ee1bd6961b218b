package fr.santekb.api.results;

import java.time.Instant;
import java.util.Optional;

/**
 * What is known before the matching documents of an export are listed.
 *
 * @param total number of matching documents (exact)
 * @param listed how many of them will be listed: the total, or the export's cap
 * @param correctedQuery the spelling correction answered instead of the query, if any
 * @param indexTime when the index commit searched was written, if the index folder tells
 */
public record MatchSummary(long total, int listed, Optional<String> correctedQuery,
    Optional<Instant> indexTime) {}
