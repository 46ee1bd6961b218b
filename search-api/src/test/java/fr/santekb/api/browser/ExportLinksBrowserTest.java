package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.CsvTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The search page links to the CSV export and the Atom feed of the search on show. */
class ExportLinksBrowserTest extends BrowserTestBase {

  private static String href(String id) {
    return driver.findElement(By.id(id)).getDomAttribute("href");
  }

  private static HttpResponse<byte[]> fetch(String href) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create(UiServer.shared().baseUrl + href))
          .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  @Test
  void theExportLinkCarriesTheStateAndItsCsvHasOneRowPerResult() throws Exception {
    page.open("/?q=sant%C3%A9+mentale&page=2");
    assertThat(href("export-csv")).isEqualTo("/api/export.csv?q=sant%C3%A9+mentale");
    int total = page.total();
    assertThat(total).isGreaterThan(1);

    HttpResponse<byte[]> csv = fetch(href("export-csv"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(CsvTable.parse(csv.body()).rows()).hasSize(total);

    Map.Entry<String, Integer> theme = page.facet("theme").entrySet().stream()
        .filter(e -> e.getValue() > 0 && e.getValue() < total).findFirst()
        .orElseThrow(() -> new AssertionError("no theme narrows the results"));
    page.tick("theme", theme.getKey());
    assertThat(href("export-csv")).contains("theme=" + theme.getKey());
    assertThat(CsvTable.parse(fetch(href("export-csv")).body()).rows())
        .hasSize(page.total()).hasSize(theme.getValue());
  }

  @Test
  void theFeedLinksFollowTheStateAndServeAnAtomFeed() throws Exception {
    page.open("/?q=sant%C3%A9&sort=date");
    assertThat(href("feed-atom")).isEqualTo("/api/feed.atom?q=sant%C3%A9&sort=date");
    assertThat(driver.findElement(By.id("feed-link")).getDomAttribute("href"))
        .isEqualTo(href("feed-atom"));
    assertThat(driver.findElement(By.id("feed-atom")).getText()).isEqualTo("Suivre (Atom)");
    assertThat(driver.findElement(By.id("export-csv")).getText()).isEqualTo("Exporter en CSV");
    HttpResponse<byte[]> feed = fetch(href("feed-atom"));
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
  }
}
