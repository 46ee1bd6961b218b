package fr.santekb.api.results;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param query the query as the user typed it
 * @param total number of matching documents: exact, or an estimate when {@code estimated}
 * @param estimated true when the total is an estimate: on an index of 32,768 documents or more,
 *     a search with many matches is counted in a fixed sample of the index (at least 16,384
 *     documents, the same for every search) and scaled, when at least 1,000 sampled documents
 *     match (so the total is within about 3 %); every facet count is then estimated too. The hits
 *     are never estimated (the best of every match). Counting is linear in the matches: this
 *     keeps a broad search fast on a large index. The facet values endpoint counts exactly.
 * @param estimatedFacets the facets whose counts are estimates (made in the sample likewise):
 *     every facet when {@code estimated}; else the filtered facets whose other values were counted
 *     among many documents (those matching the query and the other filters); empty when every
 *     count is exact
 * @param page page number, from 1
 * @param size page size asked for
 * @param tookMs time spent searching, highlighting and counting, in milliseconds
 * @param hits the documents of this page, best first (or newest first)
 * @param facets facet name to its values with counts for the current query (drill-sideways)
 * @param didYouMean a corrected query when a word looks misspelt, else null
 * @param correctedQuery when the query as typed matched nothing and its correction matched, the
 *     correction whose results these are; else null
 * @param partial true when the time budget of the search ran out: hits, total and facet counts
 *     cover only the documents matched until then (the answer is still a valid page)
 */
public record SearchResponse(
    String query,
    long total,
    boolean estimated,
    List<String> estimatedFacets,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean,
    String correctedQuery,
    boolean partial) {}
