package fr.santekb.api;

import static fr.santekb.api.MiniCorpus.FICHE;
import static fr.santekb.api.MiniCorpus.LONG_PDF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/documents/{id}} and its original file. */
class DocumentEndpointTest {
  static TestServer server;
  static Http http;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
  }

  @Test
  void aDocumentComesWithItsMetadataFacetsAndText() {
    JsonNode d = http.json("/api/documents/" + server.corpus.id(FICHE));
    assertThat(openApi.validate(d, "DocumentView")).isEmpty();
    assertThat(d.get("path").asText()).isEqualTo(FICHE);
    assertThat(d.get("year").asInt()).isEqualTo(2024);
    assertThat(d.get("text").asText()).contains("santé mentale des jeunes");
    assertThat(d.get("pages").isNull()).isTrue();
    assertThat(d.get("facets").get("format").get(0).get("value").asText()).isEqualTo("txt");
    assertThat(d.get("fileUrl").asText()).isEqualTo("/api/documents/" + server.corpus.id(FICHE)
        + "/file");
  }

  @Test
  void aDocumentSaysHowWellItsTextReads() {
    JsonNode q = http.json("/api/documents/" + server.corpus.id(FICHE)).get("quality");
    assertThat(q.get("level").asText()).isEqualTo("bonne");
    assertThat(q.get("levelLabel").asText()).isEqualTo("Bonne");
    assertThat(q.get("knownWordShare").asDouble()).isGreaterThan(0.9);
    assertThat(q.get("score").asDouble()).isEqualTo(q.get("knownWordShare").asDouble());
    assertThat(q.get("knownWords").asInt()).isGreaterThan(20);
    assertThat(q.get("pages").asInt()).as("a text file has no pages").isZero();

    JsonNode pdf = http.json("/api/documents/" + server.corpus.id(LONG_PDF)).get("quality");
    assertThat(openApi.validate(pdf, "TextQuality")).isEmpty();
    assertThat(pdf.get("pages").asInt()).isEqualTo(MiniCorpus.PDF_PAGES);
    assertThat(pdf.get("emptyPages").asInt()).isZero();
  }

  @Test
  void eachThemeFoundInTheTextSaysWhyWithItsPassages() {
    JsonNode d = http.json("/api/documents/" + server.corpus.id(FICHE));
    JsonNode why = d.get("evidence").get("theme").get("sante-mentale");
    assertThat(why.get("mentions").asInt()).isPositive();
    assertThat(why.get("passages").size()).isBetween(1, 3);
    JsonNode passage = why.get("passages").get(0);
    assertThat(passage.get("text").asText().toLowerCase(java.util.Locale.ROOT))
        .contains("<mark>santé mentale</mark>");
    assertThat(passage.get("page").isNull()).isTrue();
    // Every value with evidence is one of the document's values.
    d.get("evidence").properties().forEach(facet -> facet.getValue().properties().forEach(
        value -> assertThat(d.get("facets").get(facet.getKey()).toString())
            .contains("\"" + value.getKey() + "\"")));
  }

  @Test
  void withAQueryTheDocumentSaysWhereTheEngineMatchedIt() {
    JsonNode d = http.json("/api/documents/" + server.corpus.id(FICHE), "q", "santé mentale");
    assertThat(openApi.validate(d, "DocumentView")).isEmpty();
    String text = d.get("text").asText();
    assertThat(d.get("highlights").size()).isPositive();
    d.get("highlights").forEach(h -> {
      assertThat(h.get("page").isNull()).isTrue();
      assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt())
          .toLowerCase(java.util.Locale.ROOT)).matches("santé mentale|santé|mentale");
    });
    assertThat(http.json("/api/documents/" + server.corpus.id(FICHE)).get("highlights").size())
        .isZero();
  }

  @Test
  void highlightsOfAPagedDocumentAreGivenInTheirPage() {
    JsonNode d = http.json("/api/documents/" + server.corpus.id(MiniCorpus.LONG_PDF), "q",
        "zoonoses");
    JsonNode h = d.get("highlights");
    assertThat(h.size()).isPositive();
    assertThat(h.get(0).get("page").asInt()).isEqualTo(MiniCorpus.ZOONOSES_PAGE);
    String page = d.get("pages").get(MiniCorpus.ZOONOSES_PAGE - 1).asText();
    assertThat(page.substring(h.get(0).get("start").asInt(), h.get(0).get("end").asInt()))
        .isEqualTo("zoonoses");
  }

  @Test
  void aPagedDocumentComesWithTheTextOfEachPage() {
    JsonNode d = http.json("/api/documents/" + server.corpus.id(LONG_PDF));
    assertThat(openApi.validate(d, "DocumentView")).isEmpty();
    assertThat(d.get("pages")).hasSize(MiniCorpus.PDF_PAGES);
    assertThat(d.get("pages").get(MiniCorpus.ZOONOSES_PAGE - 1).asText()).contains("zoonoses");
    assertThat(d.get("pages").get(0).asText()).doesNotContain("zoonoses");
    assertThat(d.get("mediaType").asText()).isEqualTo("application/pdf");
  }

  @Test
  void theOriginalFileIsServedWithItsContentType() throws IOException {
    Http.Answer a = http.get("/api/documents/" + server.corpus.id(FICHE) + "/file");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/plain");
    assertThat(a.bytes()).isEqualTo(Files.readAllBytes(server.corpus.corpus.resolve(FICHE)));
    Http.Answer pdf = http.get("/api/documents/" + server.corpus.id(LONG_PDF) + "/file");
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.bytes()).isEqualTo(Files.readAllBytes(server.corpus.corpus.resolve(LONG_PDF)));
  }

  @Test
  void theFileEndpointRefusesTraversalPlainOrEncoded() {
    for (String raw : List.of("/api/documents/../../../../etc/passwd/file",
        "/api/documents/..%2F..%2F..%2F..%2Fetc%2Fpasswd/file",
        "/api/documents/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd/file",
        "/api/documents/%252e%252e%252fetc%252fpasswd/file",
        "/api/documents/..%5c..%5cetc%5cpasswd/file",
        "/api/documents/" + server.corpus.id(FICHE) + "/file/../../../../etc/passwd",
        "/api/documents/" + server.corpus.id(FICHE) + "%2f..%2f..%2fetc%2fpasswd/file")) {
      Http.Answer a = http.rawGet(raw);
      assertThat(a.status()).as(raw).isBetween(400, 499);
      assertThat(a.body()).as(raw).doesNotContain("root:");
    }
  }
}
