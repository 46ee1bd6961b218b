package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Contracts in the browser: a section hit, the document's table of contents, the comparison. */
class ContractsBrowserTest extends BrowserTestBase {

  @Test
  void aSectionSearchShowsTheFicheThatMatchesAndLeadsToTheDocument() {
    page.open("/?q=" + URLEncoder.encode("démographie médicale", StandardCharsets.UTF_8));
    page.andWait(() -> new Select(driver.findElement(By.id("unit"))).selectByValue("section"));
    assertThat(page.url()).contains("unit=section");
    WebElement hit = driver.findElements(By.cssSelector("#results .hit")).get(0);
    List<WebElement> sections = hit.findElements(By.cssSelector(".section-hit"));
    assertThat(sections).isNotEmpty();
    assertThat(sections.get(0).findElement(By.cssSelector(".section-link")).getText())
        .isEqualTo("Fiche 1 — Renforcer la démographie médicale");
    assertThat(sections.get(0).findElements(By.tagName("mark"))).isNotEmpty();

    sections.get(0).findElement(By.cssSelector(".section-link")).click();
    page.wait.until(d -> "ready".equals(d.findElement(By.id("doc")).getDomAttribute("data-state")));
    assertThat(page.texts(By.cssSelector("#doc-sections li[data-section]")))
        .anySatisfy(t -> assertThat(t).startsWith("Axe 1 — Accès aux soins"));
    assertThat(driver.findElement(By.cssSelector(".meta-list")).getText())
        .contains("En vigueur", "2020–2024");
  }

  @Test
  void theComparisonListsContractsAgainstThemesAndACellLeadsToTheDocument() {
    KnowledgeBasePage.open(page, driver, UiServer.shared().baseUrl,
        "/comparer.html?dispositif=cls", "compare");
    List<String> columns = page.texts(By.cssSelector("#compare-table thead th[data-value] a"));
    assertThat(columns).contains("Santé mentale");
    assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr"))).hasSizeGreaterThan(1);
    assertThat(driver.findElement(By.id("compare-contracts")).isSelected()).isTrue();

    int before = KnowledgeBasePage.seq(driver, "compare");
    new Select(driver.findElement(By.id("compare-by"))).selectByValue("signatory");
    page.wait.until(d -> KnowledgeBasePage.seq(d, "compare") > before);
    assertThat(page.url()).endsWith("by=signatory");

    WebElement cell = driver.findElement(By.cssSelector("#compare-table td.cell-yes a"));
    String href = cell.getDomAttribute("href");
    assertThat(href).startsWith("/document.html?id=");
    cell.click();
    page.wait.until(d -> "ready".equals(d.findElement(By.id("doc")).getDomAttribute("data-state")));
    assertThat(page.url()).contains("/document.html?id=");
  }
}
