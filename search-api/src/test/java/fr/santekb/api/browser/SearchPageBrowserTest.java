package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The search page in headless Chromium against the real server over the {@link UiCorpus} index. */
class SearchPageBrowserTest extends BrowserTestBase {

  @Test
  void typingAQueryShowsResultsWithTheWordsHighlighted() {
    page.open("/");
    page.andWait(() -> page.queryInput().sendKeys("santé mentale", Keys.ENTER));

    assertThat(page.url()).contains("/?q=sant%C3%A9+mentale");
    assertThat(page.hitTitles()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(page.markedWords()).isNotEmpty()
        .allSatisfy(word -> assertThat(SearchPage.fold(word))
            .matches("sante|mental(e|es)?|sante mentale")) // the phrase is marked as one
        .anySatisfy(word -> assertThat(SearchPage.fold(word)).isEqualTo("sante mentale"));
    assertThat(driver.findElement(By.cssSelector("#results .hit-link")).getDomAttribute("href"))
        .startsWith("/document.html?id=").endsWith("&q=sant%C3%A9+mentale");
    assertThat(page.texts(By.id("results-summary"))).singleElement().asString()
        .contains("« santé mentale »");
  }

  @Test
  void tickingTwoFacetValuesNarrowsTheResultsAndUpdatesTheCounts() {
    page.open("/");
    int all = page.total();
    Map.Entry<String, Integer> theme = firstNarrowing(page.facet("theme"), all);
    page.tick("theme", theme.getKey());

    assertThat(page.total()).isEqualTo(theme.getValue());
    assertThat(page.url()).contains("theme=" + theme.getKey());
    assertThat(page.checkbox("theme", theme.getKey()).isSelected()).isTrue();

    Map<String, Integer> yearsBefore = page.facet("year");
    Map.Entry<String, Integer> departement = firstNarrowing(page.facet("departement"), page.total());
    page.tick("departement", departement.getKey());

    assertThat(page.total()).isEqualTo(departement.getValue()).isLessThan(theme.getValue());
    assertThat(page.url()).contains("theme=" + theme.getKey(), "departement=" + departement.getKey());
    assertThat(page.facet("year")).isNotEqualTo(yearsBefore);
    assertThat(page.chips()).hasSize(2);
  }

  @Test
  void removingAChipRemovesThatFilterAndTheOtherChipStays() {
    page.open("/");
    int all = page.total();
    String theme = firstNarrowing(page.facet("theme"), all).getKey();
    page.tick("theme", theme);
    String commune = page.facet("commune").keySet().iterator().next();
    page.tick("commune", commune);
    int both = page.total();
    assertThat(page.chips()).hasSize(2);

    page.andWait(() -> page.chipButtons().get(0).click());

    assertThat(page.chips()).hasSize(1).allSatisfy(chip -> assertThat(chip).startsWith("Commune"));
    assertThat(page.url()).doesNotContain("theme=").contains("commune=" + commune);
    assertThat(page.checkbox("theme", theme).isSelected()).isFalse();
    assertThat(page.total()).isGreaterThanOrEqualTo(both);
    assertThat(driver.switchTo().activeElement().getText()).startsWith("Commune");

    page.andWait(() -> driver.findElement(By.cssSelector("#chips .clear-all")).click());
    assertThat(page.chips()).isEmpty();
    assertThat(page.total()).isEqualTo(all);
  }

  @Test
  void theSearchBoxInsideTheCommuneFacetFindsValuesByTheirLabel() {
    page.open("/");
    String value = page.facet("commune").keySet().iterator().next();
    String label = page.texts(By.cssSelector("label[for='"
        + page.checkbox("commune", value).getDomAttribute("id") + "'] .facet-label")).get(0);
    String prefix = label.substring(0, Math.min(3, label.length()));

    driver.findElement(By.id("facet-commune-search")).sendKeys(prefix);
    page.wait.until(d -> d.findElement(By.id("facet-commune-search-status")).getText().contains("trouvée"));

    List<String> labels = page.texts(By.cssSelector("fieldset[data-facet=commune] li:not([hidden]) .facet-label"));
    assertThat(labels).contains(label).allSatisfy(l ->
        assertThat(SearchPage.fold(l)).containsPattern("(^|[ '’-])" + SearchPage.fold(prefix)));
    page.tick("commune", value);
    assertThat(page.url()).contains("commune=" + value);
    assertThat(page.chips()).singleElement().asString().startsWith("Commune : " + label);
  }

  @Test
  void reloadingTheUrlGivesTheSameStateAndBackGoesToThePreviousOne() {
    page.open("/?q=sant%C3%A9");
    String theme = page.facet("theme").keySet().iterator().next();
    page.tick("theme", theme);
    page.andWait(() -> new Select(driver.findElement(By.id("sort"))).selectByValue("date"));
    String url = page.url();
    List<String> titles = page.hitTitles();
    List<String> chips = page.chips();
    assertThat(url).contains("q=sant%C3%A9", "theme=", "sort=date");

    driver.navigate().refresh();
    page.awaitFirstSearch();

    assertThat(page.url()).isEqualTo(url);
    assertThat(page.hitTitles()).isEqualTo(titles);
    assertThat(page.chips()).isEqualTo(chips);
    assertThat(page.queryInput().getDomProperty("value")).isEqualTo("santé");
    assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getText())
        .isEqualTo("date");
    assertThat(page.checkbox("theme", theme).isSelected()).isTrue();

    page.andWait(() -> driver.navigate().back());
    assertThat(page.url()).doesNotContain("sort=date").contains("theme=");
    assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getText())
        .isEqualTo("pertinence");
  }

  @Test
  void sortingByDateListsNewestFirstAndTheNextPageContinues() {
    page.open("/?sort=date");
    assertThat(page.total()).isGreaterThan(10);
    List<Integer> firstPage = years();
    assertThat(firstPage).isSortedAccordingTo((a, b) -> b - a);

    page.andWait(() -> driver.findElement(By.cssSelector("#pagination a[rel=next]")).click());

    assertThat(page.url()).contains("sort=date", "page=2");
    assertThat(page.hitTitles()).hasSize(page.total() - 10);
    assertThat(driver.findElement(By.cssSelector("#pagination [aria-current=page]")).getText())
        .isEqualTo("2");
    List<Integer> secondPage = years();
    if (!firstPage.isEmpty() && !secondPage.isEmpty()) {
      assertThat(secondPage.get(0)).isLessThanOrEqualTo(firstPage.get(firstPage.size() - 1));
    }
  }

  @Test
  void aMisspelledQueryOffersTheCorrectionAndItCanBeFollowed() {
    page.open("/?q=vieillisement");
    WebElement offer = driver.findElement(By.cssSelector("#did-you-mean .did-you-mean"));
    assertThat(offer.getText()).startsWith("Vouliez-vous dire").contains("vieillissement");

    page.andWait(() -> offer.findElement(By.tagName("a")).click());

    assertThat(page.url()).contains("q=vieillissement");
    assertThat(page.queryInput().getDomProperty("value")).isEqualTo("vieillissement");
    assertThat(page.total()).isPositive();
    assertThat(page.markedWords()).isNotEmpty();
    assertThat(driver.findElement(By.id("did-you-mean")).isDisplayed()).isFalse();
  }

  @Test
  void suggestionsAppearAsYouTypeAndTheKeyboardPicksOne() {
    page.open("/");
    WebElement input = page.queryInput();
    input.sendKeys("sante ment");
    page.awaitVisible(By.cssSelector("#q-listbox [role=option]"));
    assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
    List<String> options = page.texts(By.cssSelector("#q-listbox [role=option]"));
    assertThat(options).anySatisfy(o -> assertThat(SearchPage.fold(o)).contains("sante ment"));

    input.sendKeys(Keys.ARROW_DOWN);
    WebElement first = driver.findElement(By.cssSelector("#q-listbox [role=option]"));
    assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));
    assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
    page.andWait(() -> input.sendKeys(Keys.ENTER));

    assertThat(input.getDomProperty("value")).isEqualTo(options.get(0));
    assertThat(driver.findElement(By.id("q-listbox")).isDisplayed()).isFalse();
    assertThat(page.url()).contains("q=");
  }

  @Test
  void theKeyboardAloneReachesAResultAndOpensIt() {
    page.open("/?q=sant%C3%A9");
    Actions keys = new Actions(driver);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Aller aux résultats");

    WebElement reached = null;
    for (int i = 0; i < 150 && reached == null; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (active.getDomAttribute("class") != null && active.getDomAttribute("class").contains("hit-link")) {
        reached = active;
      }
    }
    assertThat(reached).as("a result link reached with Tab").isNotNull();
    assertThat(reached.getCssValue("outline-style")).isEqualTo("solid");

    keys.sendKeys(Keys.ENTER).perform();
    page.wait.until(d -> d.getCurrentUrl().contains("/document.html?id="));

    page.open("/?q=sant%C3%A9");
    keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("hit-link");
  }

  @Test
  void noMatchShowsTheEmptyStateAndAnUnreachableServiceTheErrorState() {
    page.open("/?q=xylophonesque");
    assertThat(page.state()).isEqualTo("empty");
    assertThat(driver.findElement(By.cssSelector("#results .state-title")).getText())
        .isEqualTo("Aucun résultat");

    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    driver.setNetworkConditions(offline);
    try {
      page.andWait(() -> page.queryInput().sendKeys(Keys.chord(Keys.CONTROL, "a"), "santé", Keys.ENTER));
      assertThat(page.state()).isEqualTo("error");
      assertThat(driver.findElement(By.cssSelector("#results [role=alert] .state-title")).getText())
          .isEqualTo("Le service de recherche ne répond pas");
    } finally {
      driver.deleteNetworkConditions();
    }
    page.andWait(() -> driver.findElement(By.xpath("//button[.='Réessayer']")).click());
    assertThat(page.state()).isEqualTo("ready");
    assertThat(page.total()).isPositive();
  }

  @Test
  void aTooLongQueryIsExplainedInFrenchAndNewSearchLeadsBackToAllDocuments() {
    page.open("/?q=" + "a".repeat(1001));
    assertThat(page.queryInput().getDomAttribute("maxlength")).isEqualTo("1000");
    assertThat(page.state()).isEqualTo("error");
    WebElement alert = driver.findElement(By.cssSelector("#results [role=alert]"));
    assertThat(alert.getText().replace('\u00a0', ' ').replace('\u202f', ' '))
        .contains("Recherche impossible", "La requête est trop longue", "1 000 caractères au plus");
    String body = driver.findElement(By.tagName("body")).getText();
    assertThat(body).doesNotContain("must be", "characters", "Invalid parameter", "Détail");

    page.andWait(() -> alert.findElement(By.linkText("Nouvelle recherche")).click());

    assertThat(page.url()).endsWith("/");
    assertThat(page.state()).isEqualTo("ready");
    assertThat(page.total()).isPositive();
    assertThat(page.queryInput().getDomProperty("value")).isEmpty();
  }

  @Test
  void aPageBeyondTheLimitOffersTheFirstPage() {
    page.open("/?q=sant%C3%A9&page=99999");
    assertThat(page.state()).isEqualTo("error");
    assertThat(driver.findElement(By.cssSelector("#results [role=alert]")).getText())
        .contains("Cette page de résultats n’existe pas.").doesNotContain("must be");

    page.andWait(() -> driver.findElement(By.linkText("Revenir à la première page")).click());

    assertThat(page.url()).contains("q=sant%C3%A9").doesNotContain("page=");
    assertThat(page.hitTitles()).isNotEmpty();
  }

  @Test
  void withoutAQueryTheSortSaysDateAsTheListIsNewestFirst() {
    page.open("/");
    assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getText())
        .isEqualTo("date");
    assertThat(page.url()).doesNotContain("sort=");
    assertThat(years()).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void theResultsPageIsCapturedAsAScreenshot() throws IOException {
    page.open("/?q=sant%C3%A9");
    String theme = page.facet("theme").keySet().iterator().next();
    page.tick("theme", theme);
    assertThat(page.markedWords()).isNotEmpty();

    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path target = Path.of(System.getProperty("santekb.root", ".."), "search-api", "target",
        "screenshots", "results.png");
    Files.createDirectories(target.getParent());
    Files.write(target, png);

    assertThat(png).hasSizeGreaterThan(20_000)
        .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  /** The first value whose count is below the total, so that ticking it changes the results. */
  private static Map.Entry<String, Integer> firstNarrowing(Map<String, Integer> facet, int total) {
    return facet.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() < total)
        .findFirst().orElseThrow(() -> new AssertionError("no narrowing value in " + facet));
  }

  private static List<Integer> years() {
    return page.texts(By.cssSelector("#results .hit-year")).stream().map(Integer::valueOf).toList();
  }
}
