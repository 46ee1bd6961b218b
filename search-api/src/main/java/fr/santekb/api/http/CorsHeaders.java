package fr.santekb.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.List;
import java.util.Set;

/**
 * Before {@code /api} routes: lets the listed origins' pages read the answer from a browser
 * ({@code Access-Control-Allow-Origin} with the caller's origin), and no other. The API takes
 * only GET and HEAD without custom headers, so browsers send no preflight and none is answered.
 */
public final class CorsHeaders implements Handler {
  private final Set<String> origins;

  public CorsHeaders(List<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  @Override
  public void handle(Context ctx) {
    // Answers differ by Origin: caches must not give one origin's answer to another.
    ctx.header(Header.VARY, Header.ORIGIN);
    String origin = ctx.header(Header.ORIGIN);
    if (origin != null && origins.contains(origin)) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
  }
}
