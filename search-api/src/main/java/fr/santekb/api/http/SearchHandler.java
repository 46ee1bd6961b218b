package fr.santekb.api.http;

import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/search}: one page of hits with snippets, facet counts and a spelling hint. */
public final class SearchHandler implements Handler {
  private final SearchService service;

  public SearchHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(service.search(SearchRequestParser.parse(ctx.queryParamMap())));
  }
}
