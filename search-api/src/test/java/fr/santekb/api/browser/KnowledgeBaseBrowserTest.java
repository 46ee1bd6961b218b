package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The knowledge-base pages in a real browser: directory, entity pages, glossary and map. */
class KnowledgeBaseBrowserTest extends BrowserTestBase {
  private static final String SANTE_MENTALE = URLEncoder.encode("santé mentale",
      StandardCharsets.UTF_8);

  private void open(String pathAndQuery, String boxId) {
    KnowledgeBasePage.open(page, driver, UiServer.shared().baseUrl, pathAndQuery, boxId);
  }

  @Test
  void theDirectorySearchFindsAPartnerWhosePageListsItsDocumentsAndCoPartners() {
    open("/partenaires.html", "directory");
    assertThat(page.texts(By.cssSelector("#directory .entity-link"))).contains("ATMO Sud",
        "Addictions France");
    int before = KnowledgeBasePage.seq(driver, "directory");
    WebElement q = driver.findElement(By.id("directory-q"));
    q.sendKeys("atmo", Keys.ENTER);
    page.wait.until(d -> KnowledgeBasePage.seq(d, "directory") > before);
    assertThat(page.url()).endsWith("/partenaires.html?q=atmo");
    assertThat(page.texts(By.cssSelector("#directory .entity-link"))).containsExactly("ATMO Sud");

    driver.findElement(By.cssSelector("#directory .entity-link")).click();
    KnowledgeBasePage.awaitRendered(page, "entity");
    assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("ATMO Sud");
    assertThat(page.texts(By.cssSelector("#entity-hits .hit-link")))
        .contains("Prévenir la souffrance psychique des jeunes à Martigues");
    assertThat(page.texts(By.cssSelector("#related-partner li a")))
        .contains("Addictions France");
    List<WebElement> nodes = driver.findElements(By.cssSelector("#network a.net-node"));
    assertThat(nodes).hasSizeGreaterThan(1);
    assertThat(nodes.get(0).getDomAttribute("href")).isEqualTo(
        "/entite.html?type=partner&key=atmo-sud");

    driver.findElement(By.id("entity-search-link")).click();
    page.awaitFirstSearch();
    assertThat(page.url()).endsWith("/?partner=atmo-sud");
    assertThat(page.hitTitles()).contains("Prévenir la souffrance psychique des jeunes à Martigues");
  }

  @Test
  void aCommunePageShowsItsPlacesAndLeadsToTheDepartementWithItsCommunes() {
    open("/entite.html?type=commune&key=13056", "entity");
    assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("Martigues (13)");
    assertThat(page.texts(By.cssSelector("#entity-hierarchy a"))).containsExactly(
        "Provence-Alpes-Côte d'Azur", "Bouches-du-Rhône", "Métropole d'Aix-Marseille-Provence");
    assertThat(driver.findElement(By.id("entity-hierarchy")).getText()).contains("SIREN 200054807");

    driver.findElement(By.cssSelector("#entity-hierarchy li[data-type=departement] a")).click();
    KnowledgeBasePage.awaitRendered(page, "entity");
    assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("Bouches-du-Rhône");
    assertThat(driver.findElement(By.id("related-commune-title")).getText())
        .isEqualTo("Communes du territoire");
    assertThat(page.texts(By.cssSelector("#related-commune li a"))).contains("Martigues (13)");
  }

  @Test
  void theGlossaryShowsBothMeaningsOfArs() {
    open("/glossaire.html?q=ARS", "glossary");
    WebElement ars = driver.findElement(By.cssSelector("#glossary tr[data-key=ARS]"));
    assertThat(ars.findElements(By.cssSelector(".senses li")).stream().map(WebElement::getText))
        .containsExactly("agence régionale de santé", "allocation de rentrée scolaire");
    assertThat(ars.getText()).contains("2 sens");
    assertThat(ars.findElement(By.cssSelector("td.num")).getText()).matches("[1-9]\\d* documents?");
  }

  @Test
  void theMapColoursTheBouchesDuRhoneForSanteMentaleAndAClickFiltersOnIt() {
    open("/territoires.html?q=" + SANTE_MENTALE, "map");
    WebElement bouches = driver.findElement(By.cssSelector("#map a.map-area[data-code='13']"));
    int count = Integer.parseInt(bouches.getDomAttribute("data-count"));
    assertThat(count).isPositive();
    assertThat(bouches.findElement(By.tagName("path")).getDomAttribute("class"))
        .matches("map-c[1-5]");
    assertThat(driver.findElement(By.cssSelector("#map a.map-area[data-code='29'] path"))
        .getDomAttribute("class")).isEqualTo("map-c0");
    assertThat(driver.findElement(By.cssSelector("#map-table tr[data-value='13'] td")).getText())
        .isEqualTo(String.valueOf(count));

    bouches.click();
    page.awaitFirstSearch();
    assertThat(page.url()).endsWith("/?q=sant%C3%A9+mentale&departement=13");
    assertThat(page.checkbox("departement", "13").isSelected()).isTrue();
    assertThat(page.total()).isEqualTo(count);
  }

  @Test
  void theRegionLevelColoursWholeRegionsAndFiltersOnTheRegion() {
    open("/territoires.html?q=" + SANTE_MENTALE, "map");
    int before = KnowledgeBasePage.seq(driver, "map");
    driver.findElement(By.id("level-region")).click();
    page.wait.until(d -> KnowledgeBasePage.seq(d, "map") > before);
    assertThat(page.url()).endsWith("level=region");
    WebElement var = driver.findElement(By.cssSelector("#map a.map-area[data-code='83']"));
    WebElement bouches = driver.findElement(By.cssSelector("#map a.map-area[data-code='13']"));
    assertThat(var.getDomAttribute("data-value")).isEqualTo("93");
    assertThat(var.getDomAttribute("data-count")).isEqualTo(bouches.getDomAttribute("data-count"));
    assertThat(var.getDomAttribute("href")).isEqualTo("/?q=sant%C3%A9+mentale&region=93");
  }

  @Test
  void facetsHitsAndTheDocumentViewLinkToEntityPages() {
    page.open("/?q=" + SANTE_MENTALE);
    WebElement fiche = driver.findElement(
        By.cssSelector("fieldset[data-facet=partner] a.facet-entity"));
    assertThat(fiche.getDomAttribute("href")).startsWith("/entite.html?type=partner&key=");
    assertThat(page.texts(By.cssSelector("#results .place-link"))).contains("Martigues (13)");
    String documentHref = driver.findElements(By.cssSelector("#results .hit-link")).stream()
        .filter(l -> l.getText().contains("souffrance psychique")).findFirst().orElseThrow()
        .getDomAttribute("href");

    driver.findElements(By.cssSelector("#results .place-link")).stream()
        .filter(l -> l.getText().equals("Martigues (13)")).findFirst().orElseThrow().click();
    KnowledgeBasePage.awaitRendered(page, "entity");
    assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("Martigues (13)");

    page.openDocument(documentHref);
    WebElement partnerFiche = driver.findElement(By.cssSelector(".facet-links a.facet-entity"));
    String href = partnerFiche.getDomAttribute("href");
    partnerFiche.click();
    KnowledgeBasePage.awaitRendered(page, "entity");
    assertThat(page.url()).endsWith(href);
    assertThat(driver.findElement(By.id("entity")).getDomAttribute("data-state"))
        .isEqualTo("ready");
  }
}
