package fr.santekb.api.http;

import fr.santekb.api.query.ParamReader;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/health}: status, document count and index commit time. */
public final class HealthHandler implements Handler {
  private final SearchService service;

  public HealthHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    new ParamReader(ctx.queryParamMap()).refuseUnknown();
    ctx.json(service.health());
  }
}
