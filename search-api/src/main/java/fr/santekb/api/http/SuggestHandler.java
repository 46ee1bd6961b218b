package fr.santekb.api.http;

import fr.santekb.api.query.ParamReader;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/suggest?q=…&size=…}: completions of a partial query, accent-insensitive. */
public final class SuggestHandler implements Handler {
  static final int DEFAULT_SIZE = 8;
  static final int MAX_SIZE = 20;
  static final int MAX_LENGTH = 200;

  private final SearchService service;

  public SuggestHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ParamReader p = new ParamReader(ctx.queryParamMap());
    p.refuseUnknown("q", "size");
    String q = p.text("q", MAX_LENGTH);
    int size = p.integer("size", 1, MAX_SIZE, DEFAULT_SIZE);
    ctx.json(service.suggest(q, size));
  }
}
