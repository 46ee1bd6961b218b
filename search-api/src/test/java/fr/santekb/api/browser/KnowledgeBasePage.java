package fr.santekb.api.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Waits for the knowledge-base pages: each marks its main box with data-state once rendered. */
final class KnowledgeBasePage {
  private KnowledgeBasePage() {}

  /** Loads {@code pathAndQuery} and waits until the box {@code boxId} is rendered. */
  static void open(SearchPage page, WebDriver driver, String baseUrl, String pathAndQuery,
      String boxId) {
    driver.get(baseUrl + pathAndQuery);
    awaitRendered(page, boxId);
  }

  /** Waits until box {@code boxId} holds an answer (ready, empty or error), not a loading one. */
  static void awaitRendered(SearchPage page, String boxId) {
    page.wait.until(d -> {
      String state = d.findElement(By.id(boxId)).getDomAttribute("data-state");
      String busy = d.findElement(By.id(boxId)).getDomAttribute("aria-busy");
      return state != null && !"loading".equals(state) && "false".equals(busy);
    });
  }

  /** The rendering count of a box that counts its renderings (directory, glossary, map). */
  static int seq(WebDriver driver, String boxId) {
    String seq = driver.findElement(By.id(boxId)).getDomAttribute("data-seq");
    return seq == null ? 0 : Integer.parseInt(seq);
  }
}
