package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.GeneratedRecords;
import fr.santekb.api.SearchServer;
import fr.santekb.api.SearchSettings;
import fr.santekb.api.search.CountEstimation;
import fr.santekb.indexer.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Estimated counts read as such on the page: « environ … documents » and « ≈ » before each
 * estimated facet count; exact ones do not. A server of its own over 3,000 generated records, sampling one
 * document in eight and estimating from 100 sampled matches (so « santé », in every record, is
 * estimated and « saturnisme », in 150, is not).
 */
class EstimatedCountsBrowserTest extends BrowserTestBase {
  private static final String VISIBLE_YEAR_COUNTS =
      "fieldset[data-facet='year'] .facet-values li:not([hidden]) .facet-count";

  private static final String VISIBLE_COMMUNE_COUNTS =
      "fieldset[data-facet='commune'] .facet-values li:not([hidden]) .facet-count";

  @TempDir
  static Path dir;
  static SearchServer server;
  static SearchPage estimating;

  @BeforeAll
  static void startServer() throws IOException {
    if (browser == null) {
      return; // no chromium: every test is skipped
    }
    Path index = GeneratedRecords.writeAndIndex(dir, 3_000);
    Path ui = Path.of(System.getProperty("santekb.root", "..")).resolve("ui");
    server = SearchServer.start(new SearchSettings(index, ConfigLoader.locate(null),
        SearchSettings.DEFAULT_HOST, 0, Optional.of(ui), Duration.ofSeconds(5)),
        new CountEstimation(256, 100));
    estimating = new SearchPage(driver, "http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anEstimatedTotalAndItsCountsSaySo() {
    estimating.open("/?q=sant%C3%A9");
    String summary = driver.findElement(By.id("results-summary")).getText();
    assertThat(summary).startsWith("environ ").contains("documents pour");
    int shown = Integer.parseInt(summary.replaceAll("^environ ([\\d\\s\u00a0\u202f]+) documents.*$",
        "$1").replaceAll("\\D", ""));
    assertThat(shown).isBetween(2_500, 3_500).isEqualTo(roughly(estimating.total()));
    // Seen « ≈ 256 »; read (the sign is hidden from screen readers) « environ 256 documents ».
    assertThat(driver.findElements(By.cssSelector(VISIBLE_YEAR_COUNTS))).hasSizeGreaterThan(3)
        .allSatisfy(c -> assertThat(c.getText()).contains("≈").contains("environ"));
  }

  @Test
  void anExactTotalIsShownAsItIs() {
    estimating.open("/?q=saturnisme");
    assertThat(driver.findElement(By.id("results-summary")).getText())
        .startsWith("150 documents pour");
    assertThat(driver.findElements(By.cssSelector(VISIBLE_COMMUNE_COUNTS))).hasSizeGreaterThan(3)
        .allSatisfy(c -> assertThat(c.getText()).doesNotContain("≈").doesNotContain("environ"));
  }

  @Test
  void aFilteredSearchMarksOnlyTheCountsOfItsFilteredFacet() {
    // 300 hits counted exactly; the other years counted among the 3,000 near misses: estimated.
    estimating.open("/?q=sant%C3%A9&year=2020");
    assertThat(driver.findElement(By.id("results-summary")).getText())
        .startsWith("300 documents pour");
    assertThat(driver.findElements(By.cssSelector(VISIBLE_YEAR_COUNTS))).hasSizeGreaterThan(3)
        .allSatisfy(c -> assertThat(c.getText()).contains("≈"));
    assertThat(driver.findElements(By.cssSelector(VISIBLE_COMMUNE_COUNTS))).hasSizeGreaterThan(3)
        .allSatisfy(c -> assertThat(c.getText()).doesNotContain("≈"));
  }

  /** Two significant digits, as the page rounds an estimate. */
  private static int roughly(int n) {
    int unit = (int) Math.pow(10, Math.floor(Math.log10(n)) - 1);
    return Math.round((float) n / unit) * unit;
  }
}
