package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Assertions on RFC 7807 answers: status, media type, the OpenAPI schema, no stack trace. */
public final class Problems {
  private static final OpenApiValidator OPEN_API = OpenApiValidator.load();

  private Problems() {}

  /** {@code a} is a problem with {@code status}; returns its JSON. */
  public static JsonNode problem(Http.Answer a, int status) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(OPEN_API.validate(p, "Problem")).as(a.body()).isEmpty();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain(".java:");
    return p;
  }

  /** The same for a response of {@link Http#send}. */
  public static JsonNode problem(HttpResponse<byte[]> r, int status) {
    return problem(new Http.Answer(r.statusCode(), r.headers().firstValue("Content-Type")
        .orElse(""), r.body()), status);
  }

  /** A 400 naming {@code parameter}, in the problem's field and its detail. */
  public static JsonNode invalidParameter(Http.Answer a, String parameter) {
    JsonNode p = problem(a, 400);
    assertThat(p.get("type").asText()).isEqualTo("/problems/invalid-parameter");
    assertThat(p.get("parameter").asText()).as(a.body()).isEqualTo(parameter);
    assertThat(p.get("detail").asText()).contains(parameter);
    return p;
  }
}
