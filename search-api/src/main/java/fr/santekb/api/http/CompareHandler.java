package fr.santekb.api.http;

import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.ParamReader;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.schema.FacetName;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/compare?by=theme&…search parameters}: the documents of a search as rows, the
 * values of one facet as columns (themes, dispositifs, partners or signatories); page and size are
 * ignored, as in exports.
 */
public final class CompareHandler implements Handler {
  static final List<FacetName> COLUMNS = List.of(FacetName.THEME, FacetName.DISPOSITIF,
      FacetName.PARTNER, FacetName.SIGNATORY);

  private final SearchService service;

  public CompareHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    String name = new ParamReader(Map.of("by", params.getOrDefault("by", List.of())))
        .single("by").orElse(FacetName.THEME.apiName());
    params.remove("by");
    FacetName by = FacetName.fromApiName(name).filter(COLUMNS::contains).orElseThrow(() ->
        new InvalidParameterException("by", "by must be one of " + String.join(", ",
            COLUMNS.stream().map(FacetName::apiName).toList()) + " (got \"" + name + "\")"));
    SearchRequest request = SearchRequestParser.parseIgnoringPaging(params);
    ctx.json(service.compare(request, by));
  }
}
