package fr.santekb.api.query;

import fr.santekb.indexer.schema.FacetName;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string of a request's search state, as the web page writes its URL ({@code
 * toQueryString} in {@code ui/js/state.js}): q, filters in facet order, year range, a non-default
 * sort, {@code correct=false}; no page, no size. Equal states give equal strings.
 */
public final class SearchQueryString {
  private SearchQueryString() {}

  public static String of(SearchRequest request) {
    List<String> pairs = new ArrayList<>();
    if (request.hasQueryText()) {
      pairs.add(pair("q", request.query().strip()));
    }
    for (FacetName facet : FacetName.values()) {
      for (String value : request.filters().getOrDefault(facet, List.of())) {
        pairs.add(pair(facet.apiName(), value));
      }
    }
    request.yearFrom().ifPresent(y -> pairs.add(pair("yearFrom", y.toString())));
    request.yearTo().ifPresent(y -> pairs.add(pair("yearTo", y.toString())));
    if (request.sort() != SortOrder.RELEVANCE) {
      pairs.add(pair("sort", request.sort().apiName()));
    }
    if (!request.autoCorrect()) {
      pairs.add(pair("correct", "false"));
    }
    return String.join("&", pairs);
  }

  private static String pair(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
