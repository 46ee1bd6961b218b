package fr.santekb.api.http;

import fr.santekb.api.query.QueryStringDecoder;
import io.javalin.config.JavalinConfig;

/**
 * Checks every {@code /api} route gets without being registered for it: another method on an
 * existing route is a 405 naming the allowed ones (not a 404), and the query string must be
 * well-formed, so {@code q=%zz} is a 400 naming {@code q} instead of an empty search.
 */
public final class RequestChecks {
  private RequestChecks() {}

  public static void register(JavalinConfig config) {
    // Javalin then answers 405 for a path that has routes for other methods; ProblemMapper adds
    // the Allow header from the methods Javalin found.
    config.http.prefer405over404 = true;
    // Only requests that reached a route: an unknown path stays a 404, a wrong method a 405.
    config.routes.beforeMatched("/api/*", ctx -> QueryStringDecoder.decode(ctx.queryString()));
  }
}
