package fr.santekb.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.results.Problem;
import fr.santekb.api.search.NotFoundException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to RFC 7807 problem details, in one place: one exception type per status
 * (invalid parameter → 400, not found → 404), Javalin's own HTTP errors keep their status, and
 * anything else is a 500 whose details stay in the server log, never in the response.
 */
public final class ProblemMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
  static final String INVALID_PARAMETER = "/problems/invalid-parameter";
  static final String NOT_FOUND = "/problems/not-found";
  static final String INTERNAL = "/problems/internal-error";

  private final ObjectMapper json;

  public ProblemMapper(ObjectMapper json) {
    this.json = json;
  }

  public void register(JavalinConfig config) {
    config.routes.exception(InvalidParameterException.class, (e, ctx) ->
        write(ctx, new Problem(INVALID_PARAMETER, "Invalid parameter", 400, e.getMessage(),
            ctx.path(), e.parameter())));
    config.routes.exception(NotFoundException.class, (e, ctx) ->
        write(ctx, new Problem(NOT_FOUND, "Not found", 404, e.getMessage(), ctx.path())));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e instanceof MethodNotAllowedResponse) {
        // Javalin's details hold one entry: the methods this path answers, as "GET, HEAD".
        String allowed = String.join(", ", e.getDetails().values());
        ctx.header("Allow", allowed);
        write(ctx, generic(405, "method " + ctx.method() + " is not allowed here (allowed: "
            + allowed + ")", ctx));
      } else {
        write(ctx, generic(e.getStatus(), e.getMessage(), ctx));
      }
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, new Problem(INTERNAL, "Internal error", 500,
          "The server failed to answer this request; the cause is in its log.", ctx.path()));
    });
    // Unknown /api routes get a problem too; the static page keeps Javalin's plain 404.
    config.routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && !isProblem(ctx)) {
        write(ctx, new Problem(NOT_FOUND, "Not found", 404, "no such endpoint: " + ctx.method()
            + " " + ctx.path(), ctx.path()));
      }
    });
    config.routes.error(405, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, generic(405, "method " + ctx.method() + " is not allowed here", ctx));
      }
    });
  }

  private static Problem generic(int status, String detail, Context ctx) {
    HttpStatus s = HttpStatus.forStatus(status);
    String title = s == HttpStatus.UNKNOWN ? "HTTP " + status : s.getMessage();
    return new Problem("about:blank", title, status, detail == null || detail.isBlank() ? title
        : detail, ctx.path());
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(Problem.MEDIA_TYPE);
  }

  private void write(Context ctx, Problem problem) {
    try {
      ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE)
          .result(json.writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem record always serialises", e);
    }
  }
}
