package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The document view and the links between it, the results and the original files. */
class DocumentViewBrowserTest extends BrowserTestBase {

  /** Clicks the first result whose title contains {@code words} and waits for the document view. */
  private void openResult(String words) {
    driver.findElements(By.cssSelector("#results .hit-link")).stream()
        .filter(link -> link.getText().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no result titled …" + words + "…")).click();
    page.wait.until(d -> "ready".equals(d.findElement(By.id("doc")).getDomAttribute("data-state")));
  }

  @Test
  void aPartnerLinkInTheDocumentViewFiltersTheSearchByThatPartner() {
    page.open("/?q=" + URLEncoder.encode("bien vieillir", StandardCharsets.UTF_8));
    openResult("Bien vieillir");
    String title = driver.findElement(By.id("doc-title")).getText();
    WebElement partner = driver.findElement(By.cssSelector(".facet-links a[data-facet=partner]"));
    String value = partner.getDomAttribute("data-value");
    String label = partner.getText();
    assertThat(partner.getDomAttribute("href"))
        .isEqualTo("/?partner=" + URLEncoder.encode(value, StandardCharsets.UTF_8));

    partner.click();
    page.awaitFirstSearch();

    assertThat(page.url()).endsWith("/?partner=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    assertThat(page.chips()).singleElement().asString().startsWith("Partenaire : " + label);
    assertThat(page.checkbox("partner", value).isSelected()).isTrue();
    assertThat(page.facet("partner")).containsEntry(value, page.total());
    assertThat(page.hitTitles()).contains(title);
  }

  @Test
  void withoutAQueryTheDocumentOpensAndEachThemeSaysWhy() {
    page.open("/?q=" + URLEncoder.encode("souffrance psychique", StandardCharsets.UTF_8));
    String href = driver.findElements(By.cssSelector("#results .hit-link")).stream()
        .filter(link -> link.getText().contains("souffrance psychique")).findFirst()
        .orElseThrow().getDomAttribute("href");
    page.openDocument(href.substring(0, href.indexOf("&q=")));

    WebElement theme = driver.findElement(
        By.cssSelector(".facet-links a[data-facet=theme][data-value=sante-mentale]"));
    WebElement why = theme.findElement(By.xpath("following-sibling::details[@class='why']"));
    why.findElement(By.tagName("summary")).click();
    assertThat(why.getDomAttribute("open")).isNotNull();
    assertThat(why.getText()).contains("mention");
    assertThat(why.findElements(By.cssSelector(".why-passages mark"))).isNotEmpty()
        .allSatisfy(m -> assertThat(SearchPage.fold(m.getText()))
            .matches("sante mentale|souffrance psychique|premiers secours en sante mentale"));
  }

  @Test
  void theTextIsHighlightedAndMarkupInADocumentStaysText() {
    page.open("/?q=balise");
    assertThat(driver.findElements(By.cssSelector("#results .snippet-text *:not(mark)"))).isEmpty();
    assertThat(page.texts(By.cssSelector("#results .snippet-text")))
        .anySatisfy(s -> assertThat(s).contains("<script>"));
    openResult("comité de pilotage");

    List<String> marks = page.texts(By.cssSelector(".doc-text mark"));
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(SearchPage.fold(m)).isEqualTo("balise"));
    assertThat(driver.findElement(By.cssSelector(".doc-text")).getText())
        .contains("<script>alert('x')</script>");
    assertThat(driver.findElements(By.cssSelector("#doc script"))).isEmpty();
    assertThat(page.texts(By.cssSelector(".occurrences")))
        .singleElement().asString().startsWith(marks.size() + " occurrence");
  }

  @Test
  void theDocumentViewHighlightsTheQueryWithoutRegardToAccentsOrCase() {
    page.open("/?q=hopital");
    openResult("comité de pilotage");

    // The marks are where the engine matched, as in the search snippets: the elided word whole.
    assertThat(page.texts(By.cssSelector(".doc-text mark"))).contains("l’Hôpital")
        .allSatisfy(m -> assertThat(SearchPage.fold(m)).matches("(l\\W)?hopital"));
    assertThat(driver.findElement(By.id("back-link")).getDomAttribute("href")).isEqualTo("/?q=hopital");
  }

  @Test
  void aSnippetOnAPdfPageLinksToThatPageOfTheOriginalFile() {
    page.open("/?q=t%C3%A9l%C3%A9consultation");
    WebElement pageLink = driver.findElement(By.cssSelector("#results .page-link"));
    // Seen « p. 3 », heard « p. 3 (page du fichier original) »: the name starts with what is seen.
    assertThat(pageLink.getAccessibleName().replace('\u00a0', ' '))
        .isEqualTo("p. " + UiCorpus.TELECONSULTATION_PAGE + " (page du fichier original)");
    assertThat(pageLink.getDomAttribute("href"))
        .matches("/api/documents/[^/]+/file#page=" + UiCorpus.TELECONSULTATION_PAGE);
    assertThat(driver.findElement(By.cssSelector("#results .file-link")).getText())
        .startsWith("Fichier original");

    openResult("Martigues");
    WebElement section = driver.findElement(By.id("page-" + UiCorpus.TELECONSULTATION_PAGE));
    assertThat(section.findElements(By.tagName("mark"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".doc-actions a")).getDomAttribute("href"))
        .endsWith("/file");
  }

  @Test
  void theDocumentViewSaysHowWellItsTextReadsAndItsLevelFiltersTheSearch() {
    page.open("/?q=t%C3%A9l%C3%A9consultation");
    openResult("Martigues");

    WebElement quality = driver.findElement(By.cssSelector("dl[data-quality]"));
    List<String> terms = quality.findElements(By.tagName("dt")).stream().map(WebElement::getText)
        .toList();
    List<String> values = quality.findElements(By.tagName("dd")).stream()
        .map(e -> e.getText().replace('\u00a0', ' ')).toList();
    assertThat(driver.findElement(By.id("quality-title")).getText()).isEqualTo("Qualité du texte");
    assertThat(terms).containsExactly("Niveau", "Mots français reconnus", "Réparations",
        "Pages sans texte");
    assertThat(values.get(0)).matches("Bonne \\((8[5-9]|9\\d|100) %\\)");
    assertThat(values.get(1)).matches("(8[5-9]|9\\d|100) % sur \\d+ mots");
    assertThat(values.get(2)).isEqualTo("aucune");
    assertThat(values.get(3)).isEqualTo("0 sur 3");

    WebElement level = quality.findElement(By.cssSelector("a[data-facet=quality]"));
    assertThat(level.getDomAttribute("href")).isEqualTo("/?quality=bonne");
    level.click();
    page.awaitFirstSearch();

    assertThat(page.chips()).singleElement().asString().startsWith("Qualité du texte : Bonne");
    assertThat(page.checkbox("quality", "bonne").isSelected()).isTrue();
    assertThat(page.facet("quality")).containsEntry("bonne", page.total());
  }
}
