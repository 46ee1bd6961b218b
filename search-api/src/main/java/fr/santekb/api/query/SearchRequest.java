package fr.santekb.api.query;

import fr.santekb.indexer.schema.FacetName;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated search request.
 *
 * @param query the user's query text, possibly blank (then every document, newest first)
 * @param filters facet to the values asked for: OR inside one facet, AND across facets
 * @param yearFrom smallest year kept, inclusive
 * @param yearTo largest year kept, inclusive
 * @param page page number, from 1
 * @param size hits per page
 * @param sort hit order
 * @param autoCorrect when the query matches nothing, answer with its spelling correction's
 *     results (off: the query exactly as typed, as after « rechercher plutôt … »)
 * @param inForce keep the contracts in force that year (validity period covering it)
 * @param unit what a hit is: a document, or the sections of documents with a structure
 */
public record SearchRequest(
    String query,
    Map<FacetName, List<String>> filters,
    Optional<Integer> yearFrom,
    Optional<Integer> yearTo,
    int page,
    int size,
    SortOrder sort,
    boolean autoCorrect,
    Optional<Integer> inForce,
    SearchUnit unit) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Deepest hit a client may page to (page × size), as search engines usually cap it. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    EnumMap<FacetName, List<String>> copy = new EnumMap<>(FacetName.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, List.copyOf(values));
      }
    });
    filters = Map.copyOf(copy);
  }

  /** Every document, newest first, first page. */
  public static SearchRequest all() {
    return new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(), 1, DEFAULT_SIZE,
        SortOrder.DATE, true, Optional.empty(), SearchUnit.DOCUMENT);
  }

  public boolean hasQueryText() {
    return !query.isBlank();
  }

  /** The order actually applied: a blank query has no relevance, so it is newest first. */
  public SortOrder effectiveSort() {
    return hasQueryText() ? sort : SortOrder.DATE;
  }

  /** Offset of the first hit of the page. */
  public int offset() {
    return (page - 1) * size;
  }

  /** A copy with another query text. */
  public SearchRequest withQuery(String newQuery) {
    return new SearchRequest(newQuery, filters, yearFrom, yearTo, page, size, sort, autoCorrect,
        inForce, unit);
  }

  /** A copy in another order. */
  public SearchRequest withSort(SortOrder newSort) {
    return new SearchRequest(query, filters, yearFrom, yearTo, page, size, newSort, autoCorrect,
        inForce, unit);
  }
}
