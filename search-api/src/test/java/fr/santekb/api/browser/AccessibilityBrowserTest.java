package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page passes axe-core's WCAG 2.1 A and AA rules (RGAA 4) with no violation, in the states
 * users reach: a search with a filter and charts, a document, entity pages of several types, the
 * directory, the glossary and the map at both levels.
 */
class AccessibilityBrowserTest extends BrowserTestBase {
  private static final String SANTE_MENTALE = URLEncoder.encode("santé mentale",
      StandardCharsets.UTF_8);

  private void open(String pathAndQuery, String boxId) {
    KnowledgeBasePage.open(page, driver, UiServer.shared().baseUrl, pathAndQuery, boxId);
  }

  private void assertNoViolation(String what) {
    assertThat(Axe.violations(driver)).as(what).isEmpty();
  }

  @Test
  void theSearchPageWithAFilterAndItsCharts() {
    page.open("/?departement=13");
    assertThat(driver.findElements(By.cssSelector("#charts figure"))).isNotEmpty();
    assertNoViolation("/?departement=13");
    page.open("/?q=" + SANTE_MENTALE);
    assertNoViolation("/?q=santé mentale");
  }

  @Test
  void theDocumentView() {
    page.open("/?q=" + SANTE_MENTALE);
    String href = driver.findElement(By.cssSelector("#results .hit-link")).getDomAttribute("href");
    page.openDocument(href);
    assertNoViolation(href);
  }

  @Test
  void entityPagesOfEveryKind() {
    for (String entity : new String[] {"type=partner&key=atmo-sud", "type=commune&key=13056",
        "type=departement&key=13", "type=region&key=93", "type=theme&key=sante-mentale",
        "type=acronym&key=ARS"}) {
      open("/entite.html?" + entity, "entity");
      assertThat(driver.findElement(By.id("entity")).getDomAttribute("data-state"))
          .as(entity).isEqualTo("ready");
      assertNoViolation(entity);
    }
  }

  @Test
  void theDirectoryAndTheGlossary() {
    open("/partenaires.html", "directory");
    assertNoViolation("/partenaires.html");
    open("/partenaires.html?type=commune", "directory");
    assertNoViolation("/partenaires.html?type=commune");
    open("/glossaire.html", "glossary");
    assertNoViolation("/glossaire.html");
  }

  @Test
  void theComparisonAndASectionSearch() {
    open("/comparer.html?dispositif=cls", "compare");
    assertNoViolation("/comparer.html?dispositif=cls");
    page.open("/?q=" + SANTE_MENTALE + "&unit=section");
    assertNoViolation("/?q=santé mentale&unit=section");
  }

  @Test
  void theMapAtBothLevels() {
    open("/territoires.html?q=" + SANTE_MENTALE, "map");
    assertNoViolation("map by département");
    open("/territoires.html?level=region", "map");
    assertNoViolation("map by région");
  }
}
