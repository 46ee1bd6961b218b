package fr.santekb.api.http;

import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/documents/{id}}: metadata, facets, cleaned text and per-page text. */
public final class DocumentHandler implements Handler {
  private final SearchService service;

  public DocumentHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(service.document(ctx.pathParam("id")));
  }
}
