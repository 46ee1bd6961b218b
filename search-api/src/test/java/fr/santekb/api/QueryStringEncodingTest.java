package fr.santekb.api;

import static fr.santekb.api.Problems.invalidParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query string that is not valid percent-encoded UTF-8 is a 400 naming the parameter, on every
 * route that reads parameters, never a search for what a lenient decoder left of it.
 */
class QueryStringEncodingTest {
  static final TestServer server = TestServer.shared();
  static final Http http = server.http;

  @Test
  void aBrokenEscapeInTheQueryIsABadRequestNamingQ() {
    for (String q : List.of("%", "%zz", "%E9", "sant%E9", "%C3%28", "abc%C3", "%C3", "%ED%A0%80",
        "%F0%9F%98", "sant%C3%A9%")) {
      invalidParameter(http.rawGet("/api/search?q=" + q), "q");
    }
  }

  @Test
  void everyRouteReadingParametersChecksTheirEncoding() {
    String id = server.corpus.id(MiniCorpus.FICHE);
    invalidParameter(http.rawGet("/api/suggest?q=%E9"), "q");
    invalidParameter(http.rawGet("/api/documents/" + id + "?q=%zz"), "q");
    invalidParameter(http.rawGet("/api/facets/theme?prefix=sant%E9"), "prefix");
    invalidParameter(http.rawGet("/api/facets/theme?prefix=a&q=%"), "q");
    invalidParameter(http.rawGet("/api/search?q=sante&theme=%E9&size=5"), "theme");
    invalidParameter(http.rawGet("/api/search?size=1%0"), "size");
    invalidParameter(http.rawGet("/api/health?x=%zz"), "x");
  }

  @Test
  void aBrokenEscapeInAParameterNameNamesTheRawName() {
    invalidParameter(http.rawGet("/api/search?q%zz=sante"), "q%zz");
  }

  @Test
  void wellFormedEscapesStillDecode() {
    assertThat(http.rawGet("/api/search?q=sant%C3%A9+mentale").json().get("query").asText())
        .isEqualTo("santé mentale");
    assertThat(http.rawGet("/api/search?q=sant%c3%a9%20mentale").json().get("query").asText())
        .isEqualTo("santé mentale");
    assertThat(http.rawGet("/api/search?q=a%2Bb%26c%3Dd").json().get("query").asText())
        .isEqualTo("a+b&c=d");
    assertThat(http.rawGet("/api/search?q=%F0%9F%98%80").json().get("query").asText())
        .isEqualTo("😀");
    assertThat(http.rawGet("/api/search?q=sante&&").status()).isEqualTo(200);
  }
}
