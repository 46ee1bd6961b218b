package fr.santekb.api.http;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries: page, scripts, API answers, errors (Jetty's included) and
 * original files, which replace the policy with their own sandbox. The policy allows only the
 * server's own scripts, style sheets and images (and data: images), no plugin, no framing, no
 * {@code <base>}; the page has no inline script or style attribute, so nothing needs more.
 * No CORS header is sent unless {@code serve.corsOrigins} lists origins ({@link CorsHeaders}):
 * by default the API is for the page served beside it.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
      + "frame-ancestors 'none'; form-action 'self'";

  /** Header name to value. */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}

  /** Sets the headers on every request Javalin handles, before any handler runs. */
  public static void register(JavalinConfig config) {
    config.routes.before(ctx -> HEADERS.forEach(ctx::header));
  }

  /** Writes the headers through {@code header} (for responses Jetty writes itself). */
  static void writeTo(BiConsumer<String, String> header) {
    HEADERS.forEach(header);
  }
}
