package fr.santekb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small HTTP client for tests: GET a path on the test server, read JSON. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final int port;

  public Http(int port) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
  }

  /** A GET answer: status, content type and body. */
  public record Answer(int status, String contentType, byte[] bytes) {
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body(), e);
      }
    }
  }

  /** GET {@code rawPath} exactly as given (already encoded). */
  public Answer get(String rawPath) {
    try {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + rawPath))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * GET {@code requestTarget} sent byte for byte over a socket, for targets that
   * {@link java.net.URI} refuses (malformed escapes, raw "..").
   */
  public Answer rawGet(String requestTarget) {
    String text = rawResponse(requestTarget);
    int headerEnd = text.indexOf("\r\n\r\n");
    String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
    int status = Integer.parseInt(head.substring(9, 12));
    String contentType = header(head, "Content-Type");
    String body = headerEnd < 0 ? "" : text.substring(headerEnd + 4);
    return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The whole response (status line, headers, body) to GET {@code requestTarget} sent raw. */
  public String rawResponse(String requestTarget) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of header {@code name} in a raw response head, "" when absent. */
  public static String header(String head, String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return line.substring(prefix.length()).strip();
      }
    }
    return "";
  }

  /**
   * Sends {@code method} to {@code rawPath} (already encoded) with extra headers given as name,
   * value, name, value...; the body comes back as sent (not decompressed).
   */
  public HttpResponse<byte[]> send(String method, String rawPath, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + rawPath))
        .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code path} with query parameters given as name, value, name, value... (encoded here). */
  public Answer get(String path, String... params) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < params.length; i += 2) {
      pairs.add(enc(params[i]) + "=" + enc(params[i + 1]));
    }
    return get(pairs.isEmpty() ? path : path + "?" + String.join("&", pairs));
  }

  /** GET and parse JSON, failing the test when the status is not 200. */
  public JsonNode json(String path, String... params) {
    Answer a = get(path, params);
    if (a.status() != 200) {
      throw new AssertionError("GET " + path + " → " + a.status() + ": " + a.body());
    }
    return a.json();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
