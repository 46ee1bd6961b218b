package fr.santekb.api;

import static fr.santekb.api.MiniCorpus.FICHE;
import static fr.santekb.api.MiniCorpus.LONG_PDF;
import static fr.santekb.api.MiniCorpus.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/export.csv} over the mini corpus, through a real server. */
class CsvExportEndpointTest {
  static Http http;
  static TestServer server;
  static OpenApiValidator openApi = OpenApiValidator.load();

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    http = server.http;
  }

  private static CsvTable export(String... params) {
    Http.Answer a = http.get("/api/export.csv", params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.contentType()).isEqualToIgnoringCase("text/csv; charset=utf-8");
    return CsvTable.parse(a.bytes());
  }

  private static List<String> fields(JsonNode search, String field) {
    List<String> out = new ArrayList<>();
    search.get("hits").forEach(h -> out.add(h.get(field).asText()));
    return out;
  }

  private static int row(CsvTable csv, String path) {
    int i = csv.column("chemin").indexOf(path);
    assertThat(i).as(path + " in the export").isNotNegative();
    return i;
  }

  @Test
  void everyMatchIsOneRowInTheSearchsOrder() {
    List<String[]> cases = List.of(new String[] {}, new String[] {"q", "santé"},
        new String[] {"q", "santé mentale", "sort", "date"}, new String[] {"q", "sante OR hopital"},
        new String[] {"q", "santé", "yearFrom", "2019", "yearTo", "2022"},
        new String[] {"q", "santé", "departement", "13"}, new String[] {"q", "aucunmotpareil"});
    for (String[] params : cases) {
      List<String> withSize = new ArrayList<>(List.of(params));
      withSize.addAll(List.of("size", "100"));
      JsonNode search = http.json("/api/search", withSize.toArray(String[]::new));
      CsvTable csv = export(params);
      String label = String.join(" ", params);
      assertThat(csv.rows()).as(label).hasSize(search.get("total").asInt());
      assertThat(csv.column("titre")).as(label).isEqualTo(fields(search, "title"));
      assertThat(csv.column("chemin")).as(label).isEqualTo(fields(search, "path"));
    }
    assertThat(export("q", "santé").rows()).hasSizeGreaterThan(2);
  }

  @Test
  void theFileIsUtf8WithABomAndCrlfAndOffersItselfAsADownload() {
    Http.Answer a = http.get("/api/export.csv", "q", "santé");
    assertThat(a.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = a.body();
    assertThat(text.split("\n", -1).length).isEqualTo(text.split("\r\n", -1).length);
    assertThat(text).contains("Atelier Santé Ville d’Arles", "année", "départements");
    var head = http.send("GET", "/api/export.csv?q=sant%C3%A9");
    assertThat(head.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"santekb-export.csv\"");
    assertThat(head.headers().firstValue("X-Total-Count")).hasValue(
        http.json("/api/search", "q", "santé").get("total").asText());
    assertThat(head.headers().firstValue("X-Export-Truncated")).isEmpty();
  }

  @Test
  void cellsCarryCodesLabelsThePlainSnippetItsPageAndTheDocumentLink() {
    CsvTable csv = export("q", "zoonoses OR martigues OR piratage");
    JsonNode search = http.json("/api/search", "q", "zoonoses OR martigues OR piratage");
    assertThat(csv.header()).containsExactly("titre", "chemin", "type", "année",
        "en vigueur de", "en vigueur à", "communes (INSEE)", "EPCI (SIREN)", "départements",
        "régions", "thèmes", "partenaires", "signataires", "dispositifs", "extrait", "page", "lien");
    int fiche = row(csv, FICHE);
    assertThat(csv.column("communes (INSEE)").get(fiche)).isEqualTo("13056 ; 13077");
    assertThat(csv.column("départements").get(fiche)).isEqualTo("13");
    assertThat(csv.column("année").get(fiche)).isEqualTo("2024");
    JsonNode ficheHit = search.get("hits").get(fiche);
    List<String> themes = new ArrayList<>();
    ficheHit.get("facets").get("theme").forEach(t -> themes.add(t.get("label").asText()));
    assertThat(themes).isNotEmpty();
    assertThat(csv.column("thèmes").get(fiche)).isEqualTo(String.join(" ; ", themes));
    assertThat(csv.column("type").get(fiche)).isEqualTo(ficheHit.get("type").asText());
    assertThat(csv.column("lien").get(fiche)).isEqualTo("http://127.0.0.1:"
        + server.server.port() + "/document.html?id=" + server.corpus.id(FICHE));

    int pdf = row(csv, LONG_PDF);
    assertThat(csv.column("extrait").get(pdf)).contains("surveillance des zoonoses")
        .doesNotContain("<mark>");
    assertThat(csv.column("page").get(pdf)).isEqualTo(Integer.toString(MiniCorpus.ZOONOSES_PAGE));

    String script = csv.column("extrait").get(row(csv, SCRIPT));
    assertThat(script).contains("<script>alert(\"piratage\")</script> & d'autres")
        .doesNotContain("&amp;", "&lt;", "&#39;", "<mark>", "\n");
    assertThat(csv.column("page").get(row(csv, SCRIPT))).isEmpty();
  }

  @Test
  void pageAndSizeAreIgnoredEveryMatchIsExported() {
    int all = export("q", "santé").rows().size();
    assertThat(export("q", "santé", "page", "2", "size", "1").rows()).hasSize(all);
    assertThat(export("q", "santé", "page", "abc", "size", "0").rows()).hasSize(all);
  }

  @Test
  void badParametersAreProblemsAsForTheSearch() {
    for (String[] params : List.of(new String[] {"year", "abc"},
        new String[] {"yearFrom", "2024", "yearTo", "2019"}, new String[] {"sort", "titre"},
        new String[] {"correct", "peut-etre"}, new String[] {"q", "a".repeat(1001)},
        new String[] {"q", "x", "q", "y"})) {
      Http.Answer a = http.get("/api/export.csv", params);
      assertThat(a.status()).as(String.join(" ", params)).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(openApi.validate(a.json(), "Problem")).isEmpty();
      assertThat(a.json().get("parameter").asText()).isEqualTo(params[0]);
    }
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    var head = http.send("HEAD", "/api/export.csv?q=sant%C3%A9");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void theOpenApiDocumentGivesBothRoutesTheSearchParametersButPaging() {
    JsonNode doc = openApi.document();
    List<String> searchParams = parameterNames(doc, "/api/search");
    assertThat(searchParams).contains("q", "theme", "epci", "yearFrom", "sort", "correct", "page");
    for (String[] route : List.of(new String[] {"/api/export.csv", "text/csv"},
        new String[] {"/api/feed.atom", "application/atom+xml"})) {
      assertThat(parameterNames(doc, route[0])).as(route[0]).containsExactlyElementsOf(
          searchParams.stream().filter(p -> !p.equals("page") && !p.equals("size")).toList());
      assertThat(doc.at("/paths/" + route[0].replace("/", "~1") + "/get/responses/200/content")
          .has(route[1])).as(route[0]).isTrue();
    }
  }

  private static List<String> parameterNames(JsonNode doc, String path) {
    List<String> names = new ArrayList<>();
    doc.at("/paths/" + path.replace("/", "~1") + "/get/parameters").forEach(p -> {
      JsonNode resolved = p.has("$ref")
          ? doc.at(p.get("$ref").asText().substring(1)) : p;
      names.add(resolved.get("name").asText());
    });
    return names;
  }
}
