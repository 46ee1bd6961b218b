package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A query that matches nothing is answered with its correction, and the user can refuse it. */
class CorrectedQueryBrowserTest extends BrowserTestBase {

  @Test
  void theCorrectionsResultsAreShownWithAWayBackToTheQueryAsTyped() {
    page.open("/?q=%22contrat+locl%22");
    WebElement banner = driver.findElement(By.cssSelector("#did-you-mean .corrected-query"));
    assertThat(banner.getText()).startsWith("Résultats pour \"contrat local\"")
        .contains("rechercher plutôt \"contrat locl\"");
    assertThat(page.total()).isPositive();
    assertThat(page.markedWords()).isNotEmpty()
        .allSatisfy(w -> assertThat(SearchPage.fold(w)).isEqualTo("contrat local"));

    page.andWait(() -> banner.findElement(By.cssSelector("a.exact-query-link")).click());

    assertThat(page.url()).contains("correct=false");
    assertThat(page.total()).isZero();
    assertThat(driver.findElement(By.id("did-you-mean")).getText())
        .startsWith("Vouliez-vous dire").contains("\"contrat local\"");
  }
}
