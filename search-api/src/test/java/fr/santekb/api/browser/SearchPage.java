package fr.santekb.api.browser;

import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the tests read and do on the search page, with explicit waits: the page exposes on
 * {@code #results} the number of rendered searches ({@code data-seq}) and the last total.
 */
final class SearchPage {
  private final WebDriver driver;
  private final String baseUrl;
  final WebDriverWait wait;

  SearchPage(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Loads {@code pathAndQuery} ("/?q=…") and waits for its first search to be rendered. */
  void open(String pathAndQuery) {
    driver.get(baseUrl + pathAndQuery);
    awaitFirstSearch();
  }

  /** Loads the document view at {@code pathAndQuery} and waits until it is rendered. */
  void openDocument(String pathAndQuery) {
    driver.get(baseUrl + pathAndQuery);
    wait.until(d -> "ready".equals(d.findElement(By.id("doc")).getDomAttribute("data-state")));
  }

  void awaitFirstSearch() {
    wait.until(d -> searchesRendered() >= 1 && !busy());
  }

  /** Runs an action that starts a search, then waits until that search is on screen. */
  void andWait(Runnable action) {
    int before = searchesRendered();
    action.run();
    wait.until(d -> searchesRendered() > before && !busy());
  }

  private int searchesRendered() {
    String seq = driver.findElement(By.id("results")).getDomAttribute("data-seq");
    return seq == null ? 0 : Integer.parseInt(seq);
  }

  private boolean busy() {
    return "true".equals(driver.findElement(By.id("results")).getDomAttribute("aria-busy"));
  }

  int total() {
    return Integer.parseInt(driver.findElement(By.id("results")).getDomAttribute("data-total"));
  }

  String state() {
    return driver.findElement(By.id("results")).getDomAttribute("data-state");
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebElement queryInput() {
    return driver.findElement(By.id("q"));
  }

  List<String> hitTitles() {
    return texts(By.cssSelector("#results .hit-link"));
  }

  List<String> markedWords() {
    return texts(By.cssSelector("#results .snippet-text mark"));
  }

  List<String> chips() {
    return texts(By.cssSelector("#chips .chip"));
  }

  List<WebElement> chipButtons() {
    return driver.findElements(By.cssSelector("#chips .chip"));
  }

  /**
   * The facet's values on screen (not those folded behind « Afficher plus »), in order:
   * value → count (-1 when no count is shown).
   */
  Map<String, Integer> facet(String name) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (WebElement item : driver.findElements(By.cssSelector(
        "fieldset[data-facet='" + name + "'] .facet-values li:not([hidden])"))) {
      List<WebElement> box = item.findElements(By.cssSelector("input[type=checkbox]"));
      if (box.isEmpty()) {
        continue;
      }
      List<WebElement> count = item.findElements(By.cssSelector(".facet-count"));
      out.put(box.get(0).getDomAttribute("value"),
          count.isEmpty() ? -1 : Integer.parseInt(count.get(0).getText().replaceAll("\\D", "")));
    }
    return out;
  }

  WebElement checkbox(String facet, String value) {
    return driver.findElements(By.cssSelector("fieldset[data-facet='" + facet + "'] input"))
        .stream().filter(e -> value.equals(e.getDomAttribute("value"))).findFirst()
        .orElseThrow(() -> new AssertionError("no checkbox " + facet + "=" + value));
  }

  /** Clicks a facet value's label (as a user would) and waits for the new results. */
  void tick(String facet, String value) {
    WebElement box = checkbox(facet, value);
    WebElement label = driver.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"));
    andWait(label::click);
  }

  /** Visible texts, no-break spaces (French typography) read as plain spaces. */
  List<String> texts(By by) {
    return driver.findElements(by).stream().map(e -> e.getText().replace('\u00a0', ' ')).toList();
  }

  void awaitVisible(By by) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Lower case without accents, as the search folds text. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
