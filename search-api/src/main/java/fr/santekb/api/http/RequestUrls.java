package fr.santekb.api.http;

import io.javalin.http.Context;

/** Absolute URLs for links in exports and feeds, on the host the client asked for. */
final class RequestUrls {
  private RequestUrls() {}

  /** {@code scheme://host[:port]} of the request ({@code Host} header; localhost without one). */
  static String base(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host.strip());
  }

  /** The web page's view of document {@code id}. */
  static String document(String base, String id) {
    return base + "/document.html?id=" + id;
  }

  /** The request's own URL, query string included. */
  static String self(Context ctx) {
    String query = ctx.queryString();
    return base(ctx) + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
