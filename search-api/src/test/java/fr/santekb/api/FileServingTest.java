package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.schema.DocumentIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Original files as a browser asks for them: with {@code Accept-Encoding: gzip}, small and large,
 * XHTML shown as HTML, text with its charset (UTF-8 or windows-1252), and HEAD answering like GET
 * without a body.
 */
class FileServingTest {
  @TempDir static Path tmp;
  static Path corpus;
  static SearchServer server;
  static Http http;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @BeforeAll
  static void start() throws IOException {
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("petit.txt"),
        "Une courte note sur la vaccination des enfants à Martigues.", StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 1_500_000; i++) {
      big.append("Ligne ").append(i).append(" du rapport annuel de l’observatoire régional de"
          + " santé : dépistage, prévention, accompagnement.\n");
    }
    Files.writeString(corpus.resolve("grand.txt"), big, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("page.xhtml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Atelier Santé Ville</title></head>
        <body><p>Programme de l’atelier santé ville sur la nutrition.</p></body></html>
        """, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("ancien.txt"), "Compte rendu de l’atelier santé : "
        + "cœur, précarité… et accès aux soins des élèves.", WINDOWS_1252);
    Files.writeString(corpus.resolve("ancienne-page.html"), "<html><head><meta http-equiv="
        + "\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Santé</title></head>"
        + "<body><p>L’accès aux soins des élèves, sœurs et frères.</p></body></html>",
        WINDOWS_1252);
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()))) {
      c.runner(1).run(List.of(corpus), index, false, total -> new ProgressBar(new PrintStream(
          OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false, total));
    }
    server = SearchServer.start(TestServer.settings(index, Optional.empty()));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String fileUrl(String name) {
    return "/api/documents/" + DocumentIds.of(corpus.resolve(name)) + "/file";
  }

  private static byte[] decoded(HttpResponse<byte[]> r) throws IOException {
    if (r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
        return in.readAllBytes();
      }
    }
    return r.body();
  }

  @Test
  void filesAskedForWithGzipArriveIntactSmallOrLarge() throws IOException {
    assertThat(Files.size(corpus.resolve("grand.txt"))).isGreaterThan(1_000_000);
    for (String name : List.of("petit.txt", "grand.txt")) {
      HttpResponse<byte[]> r = http.send("GET", fileUrl(name), "Accept-Encoding", "gzip");
      assertThat(r.statusCode()).as(name).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/");
      assertThat(decoded(r)).as(name).isEqualTo(Files.readAllBytes(corpus.resolve(name)));
    }
  }

  @Test
  void anXhtmlOriginalIsServedAsHtml() throws IOException {
    HttpResponse<byte[]> r = http.send("GET", fileUrl("page.xhtml"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body()).isEqualTo(Files.readAllBytes(corpus.resolve("page.xhtml")));
    String mediaType = http.json("/api/documents/" + DocumentIds.of(corpus.resolve("page.xhtml")))
        .get("mediaType").asText();
    assertThat(mediaType).as("the index still knows it as XHTML").contains("xhtml");
  }

  @Test
  void headOfAFileAnswersLikeGetWithoutBody() throws IOException {
    HttpResponse<byte[]> head = http.send("HEAD", fileUrl("petit.txt"));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(head.headers().firstValue("Content-Length").orElse(""))
        .isEqualTo(Long.toString(Files.size(corpus.resolve("petit.txt"))));
    assertThat(head.body()).isEmpty();
    HttpResponse<byte[]> missing = http.send("HEAD", "/api/documents/0123456789abcdef/file");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(missing.body()).isEmpty();
  }

  @Test
  void textOriginalsAreServedWithTheCharsetTheirTextWasReadIn() {
    record Case(String name, String type) {}
    for (Case c : List.of(new Case("petit.txt", "text/plain; charset=utf-8"),
        new Case("ancien.txt", "text/plain; charset=windows-1252"),
        new Case("ancienne-page.html", "text/html; charset=windows-1252"),
        new Case("page.xhtml", "text/html; charset=utf-8"))) {
      HttpResponse<byte[]> r = http.send("GET", fileUrl(c.name()));
      assertThat(r.statusCode()).as(c.name()).isEqualTo(200);
      // Jetty writes the parameter without the space: compare without spaces.
      assertThat(r.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
          .as(c.name()).isEqualTo(c.type().replace(" ", ""));
    }
    String text = http.json("/api/documents/" + DocumentIds.of(corpus.resolve("ancien.txt")))
        .get("text").asText();
    assertThat(text).as("what the index read").contains("l’atelier santé", "cœur", "…");
  }
}
