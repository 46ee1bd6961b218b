package fr.santekb.api.http;

import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.ParamReader;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.schema.FacetName;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/facets/{name}?prefix=…&size=…}: the values of one facet whose label starts with
 * {@code prefix}, with counts; the search parameters ({@code q}, filters, years) may be added to
 * count within the current search.
 */
public final class FacetValuesHandler implements Handler {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 1_000;
  static final int MAX_PREFIX_LENGTH = 200;

  private final SearchService service;

  public FacetValuesHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String name = ctx.pathParam("name");
    FacetName facet = FacetName.fromApiName(name).orElseThrow(() ->
        new InvalidParameterException("name", "unknown facet \"" + name + "\" (known: "
            + String.join(", ", Arrays.stream(FacetName.values()).map(FacetName::apiName)
                .toList()) + ")"));
    ParamReader p = new ParamReader(ctx.queryParamMap());
    String prefix = p.text("prefix", MAX_PREFIX_LENGTH);
    int size = p.integer("size", 1, MAX_SIZE, DEFAULT_SIZE);
    Map<String, List<String>> searchParams = new HashMap<>(ctx.queryParamMap());
    // page and sort are accepted (a client may send its whole search state) but change nothing;
    // any other name must be a search parameter, checked by the parser.
    searchParams.keySet().removeAll(List.of("prefix", "size", "page", "sort"));
    SearchRequest context = SearchRequestParser.parse(searchParams);
    ctx.json(service.facetValues(facet, prefix, size, context));
  }
}
