package fr.santekb.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.config.ServeSettings.RequestLogFormat;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: as text through the log ("GET /api/search 200 12 ms", on stderr), or as one
 * JSON object per line on {@code out} for log collectors (time, method, path, status, ms).
 */
public final class RequestLog implements RequestLogger {
  private static final Logger REQUESTS = LoggerFactory.getLogger("fr.santekb.requests");
  private final RequestLogFormat format;
  private final ObjectMapper json;
  private final PrintStream out;
  private final Clock clock;

  public RequestLog(RequestLogFormat format, ObjectMapper json, PrintStream out, Clock clock) {
    this.format = format;
    this.json = json;
    this.out = out;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx, Float ms) {
    long millis = Math.round(ms);
    if (format == RequestLogFormat.TEXT) {
      REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.status().getCode(), millis);
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", clock.instant().toString());
    line.put("method", ctx.method().name());
    line.put("path", ctx.path());
    line.put("status", ctx.status().getCode());
    line.put("ms", millis);
    try {
      out.println(json.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
