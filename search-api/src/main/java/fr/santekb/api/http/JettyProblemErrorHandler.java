package fr.santekb.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.results.Problem;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (requests refused before they reach a route: a URI too long, an
 * ambiguous or malformed path) written as problem details instead of Jetty's HTML page, with the
 * status Jetty chose and its reason as the detail, never a stack trace, and with the
 * {@link SecurityHeaders}.
 */
public final class JettyProblemErrorHandler extends ErrorHandler {
  private final ObjectMapper json;

  public JettyProblemErrorHandler(ObjectMapper json) {
    this.json = json;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    byte[] body = problem(code, message, path(request));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    SecurityHeaders.writeTo(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
    SecurityHeaders.writeTo(fields::put);
    return ByteBuffer.wrap(problem(status, reason, ""));
  }

  private static String path(Request request) {
    HttpURI uri = request == null ? null : request.getHttpURI();
    String path = uri == null ? null : uri.getPath();
    return path == null ? "" : path;
  }

  private byte[] problem(int code, String message, String path) {
    HttpStatus s = HttpStatus.forStatus(code);
    String title = s == HttpStatus.UNKNOWN ? "HTTP " + code : s.getMessage();
    String detail = message == null || message.isBlank() ? title
        : "the server refused this request: " + message;
    try {
      return json.writeValueAsBytes(new Problem("about:blank", title, code, detail, path));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem record always serialises", e);
    }
  }
}
