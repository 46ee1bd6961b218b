package fr.santekb.api.http;

import fr.santekb.api.query.ParamReader;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/documents/{id}[?q=…]}: metadata, facets, cleaned text and per-page text; with
 * {@code q}, where the query matches the text.
 */
public final class DocumentHandler implements Handler {
  private final SearchService service;

  public DocumentHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ParamReader p = new ParamReader(ctx.queryParamMap());
    p.refuseUnknown("q");
    String query = p.text("q", SearchRequestParser.MAX_QUERY_LENGTH);
    ctx.json(service.document(ctx.pathParam("id"), query));
  }
}
