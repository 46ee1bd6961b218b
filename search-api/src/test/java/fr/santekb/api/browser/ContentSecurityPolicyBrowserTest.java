package fr.santekb.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.schema.DocumentIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The page under its Content-Security-Policy: searching, the charts and the document view run
 * without a single violation, and a PDF original, sandboxed by its own policy, still opens in
 * Chromium's viewer at the page asked for. Which page the viewer shows, in Chromium and in Firefox,
 * is read by the scripted check search-api/src/test/browser-firefox/check-pdf-viewer.sh.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestBase {
  /** Chromium's built-in PDF viewer extension. */
  static final String PDF_VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/";

  /** Records every violation from the start of each page, outside the page's own policy. */
  private void recordViolations() {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
            + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
  }

  private List<?> violations() {
    return (List<?>) driver.executeScript("return window.cspViolations;");
  }

  @Test
  void searchingAndReadingADocumentBreakNoRuleOfThePolicy() {
    recordViolations();
    page.open("/?q=" + URLEncoder.encode("santé", StandardCharsets.UTF_8));
    assertThat(driver.findElements(By.cssSelector("#results .hit-link"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("svg.chart-svg"))).isNotEmpty();
    assertThat(violations()).isEmpty();
    String href = driver.findElement(By.cssSelector("#results .hit-link")).getDomAttribute("href");
    page.openDocument(href);
    assertThat(violations()).isEmpty();
    // The recorder works: an inline style attribute is a violation.
    driver.executeScript("document.body.setAttribute('style', 'color: red');");
    page.wait.until(d -> !violations().isEmpty());
    assertThat(violations()).singleElement().asString().startsWith("style-src");
  }

  @Test
  void aSandboxedPdfStillOpensInTheViewerAtAPage() {
    String id = DocumentIds.of(UiServer.shared().corpus.resolve(UiCorpus.PDF));
    driver.get(UiServer.shared().baseUrl + "/api/documents/" + id + "/file#page="
        + UiCorpus.TELECONSULTATION_PAGE);
    page.wait.until(d -> viewerFrames().stream().anyMatch(u -> u.startsWith(PDF_VIEWER)));
    assertThat(driver.getCurrentUrl()).endsWith("#page=" + UiCorpus.TELECONSULTATION_PAGE);
  }

  /** The URLs of every frame Chromium shows, the PDF viewer's included. */
  @SuppressWarnings("unchecked")
  private List<String> viewerFrames() {
    Map<String, Object> answer = driver.executeCdpCommand("Target.getTargets", Map.of());
    return ((List<Map<String, Object>>) answer.get("targetInfos")).stream()
        .map(t -> String.valueOf(t.get("url"))).toList();
  }
}
