package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.santekb.indexer.schema.FacetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random searches, reproducible from a seed ({@code -Dsantekb.fuzz.seed=N} replays another run):
 * French words, every operator character, quotes and brackets, random Unicode, queries near and
 * just past the length limit, random filter names and values, page and size at their edges. Each
 * answer is below 500, is JSON (a result page or a problem, as the OpenAPI document says), and its
 * snippets are escaped HTML whose only tags are {@code <mark>}.
 */
class SearchFuzzTest {
  static final long SEED = Long.getLong("santekb.fuzz.seed", 20_260_412L);
  static final int REQUESTS = 500;
  static final List<String> WORDS = List.of("santé", "mentale", "Martigues", "hôpital",
      "hopitaux", "CPTS", "CLS", "l’accès", "l'accès", "aux", "soins", "zoonoses", "piratage",
      "script", "<script>", "alert", "grasses", "<b>", "&amp;", "Arles", "nutrition", "œuvre",
      "oeuvre", "vieillissement", "ARS", "de", "quels", "sont", "OU", "ET", "SAUF", "<mark>",
      "</mark>", "a&b", "x", "sa", "samu", "observatoire", "Gap");
  static final String OPERATORS = "ANDORNOT+-*?~^\"()[]{}:/\\|&!<>'’";
  static final List<String> NUMBERS = List.of("0", "1", "-1", "2", "10", "99", "100", "101",
      "10000", "10001", "2147483647", "2147483648", "-0", "+5", "007", "1.5", "abc", "", " 5",
      "1e3", "99999999999999999999");
  static final OpenApiValidator openApi = OpenApiValidator.load();
  static final Http http = TestServer.shared().http;

  @Test
  void randomSearchesNeverFailTheServerAndSnippetsStayEscaped() {
    Random random = new Random(SEED);
    long start = System.nanoTime();
    int ok = 0;
    int withSnippets = 0;
    for (int i = 0; i < REQUESTS; i++) {
      List<String> params = params(random);
      Http.Answer a = http.get("/api/search", params.toArray(String[]::new));
      String what = "seed " + SEED + ", request " + i + ": " + params;
      assertThat(a.status()).as(what).isBetween(200, 499);
      JsonNode body = a.json();
      if (a.status() == 200) {
        ok++;
        assertThat(openApi.validate(body, "SearchResponse")).as(what).isEmpty();
        for (JsonNode hit : body.get("hits")) {
          for (JsonNode snippet : hit.get("snippets")) {
            withSnippets++;
            String text = snippet.get("text").asText().replace("<mark>", "")
                .replace("</mark>", "");
            assertThat(text).as(what).doesNotContain("<").doesNotContain(">");
          }
        }
      } else {
        assertThat(a.contentType()).as(what).startsWith("application/problem+json");
        assertThat(openApi.validate(body, "Problem")).as(what).isEmpty();
        assertThat(a.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
    // The generator reaches both kinds of answer, and snippets to check.
    assertThat(ok).isBetween(REQUESTS / 5, REQUESTS - REQUESTS / 10);
    assertThat(withSnippets).isGreaterThan(100);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "fuzz: seed %d, %d requests, %d answered 200, %d snippets, "
        + "%.1f s%n", SEED, REQUESTS, ok, withSnippets, seconds);
    assertThat(seconds).isLessThan(60);
  }

  /** One request's parameters as name, value, name, value… */
  static List<String> params(Random r) {
    List<String> p = new ArrayList<>();
    if (r.nextInt(10) > 0) {
      p.add("q");
      p.add(query(r));
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      FacetName facet = FacetName.values()[r.nextInt(FacetName.values().length)];
      String name = switch (r.nextInt(12)) {
        case 0, 1 -> facet.apiName().toUpperCase(Locale.ROOT);
        case 2 -> randomText(r, 1 + r.nextInt(8)); // unknown: a 400 naming it
        default -> facet.apiName();
      };
      p.add(name);
      p.add(r.nextInt(4) == 0 ? pick(r, NUMBERS) : r.nextBoolean() ? pick(r, WORDS)
          : randomText(r, r.nextInt(20)));
    }
    for (String name : List.of("page", "size", "yearFrom", "yearTo")) {
      if (r.nextInt(5) == 0) {
        p.add(name);
        p.add(r.nextInt(3) == 0 ? pick(r, NUMBERS) : Integer.toString(1990 + r.nextInt(40)));
      }
    }
    if (r.nextInt(4) == 0) {
      p.add("sort");
      p.add(pick(r, List.of("relevance", "date", "DATE", "", "random")));
    }
    if (r.nextInt(5) == 0) {
      p.add("correct");
      p.add(pick(r, List.of("true", "false", "no", "")));
    }
    return p;
  }

  /** Words, operators, quotes and random text; sometimes near or just past 1000 characters. */
  static String query(Random r) {
    int target = switch (r.nextInt(16)) {
      case 0 -> 995 + r.nextInt(10); // around the limit: 995 to 1004 characters
      case 1 -> 100 + r.nextInt(400);
      default -> 1 + r.nextInt(40);
    };
    StringBuilder q = new StringBuilder();
    while (q.length() < target) {
      switch (r.nextInt(6)) {
        case 0, 1, 2 -> q.append(pick(r, WORDS));
        case 3 -> q.append(OPERATORS.charAt(r.nextInt(OPERATORS.length())));
        case 4 -> q.append(pick(r, WORDS)).append(pick(r, List.of("~", "~1", "~2", "~9", "*",
            "^2", "\"", ")")));
        default -> q.append(randomText(r, 1 + r.nextInt(6)));
      }
      q.append(r.nextInt(4) == 0 ? "" : " ");
    }
    return target >= 995 ? q.substring(0, target) : q.toString();
  }

  /** Code points from every plane the BMP and beyond: letters, marks, controls, emoji. */
  static String randomText(Random r, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int cp = switch (r.nextInt(5)) {
        case 0 -> 0x20 + r.nextInt(0x5F);         // ASCII
        case 1 -> 0xA0 + r.nextInt(0x2500);       // Latin, Greek, Cyrillic, Hebrew, Arabic...
        case 2 -> 0x300 + r.nextInt(0x70);        // combining marks
        case 3 -> 0x1F300 + r.nextInt(0x300);     // emoji (surrogate pairs)
        default -> r.nextInt(0x20);               // control characters
      };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  static String pick(Random r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
