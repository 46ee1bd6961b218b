package fr.santekb.api.http;

import fr.santekb.api.query.ParamReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.yaml}: the hand-written OpenAPI 3 document of this API. */
public final class OpenApiHandler implements Handler {
  /** Class-path location of the document. */
  public static final String RESOURCE = "/openapi.yaml";

  private final byte[] document;

  public OpenApiHandler() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(Context ctx) {
    new ParamReader(ctx.queryParamMap()).refuseUnknown();
    ctx.contentType("application/yaml; charset=utf-8").result(document);
  }
}
