package fr.santekb.api.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test class, on the shared {@link UiServer}. Without chromium on the
 * machine every test is reported as skipped, with the reason.
 */
abstract class BrowserTestBase {
  static HeadlessChromium browser;
  static ChromeDriver driver;
  static SearchPage page;

  @BeforeAll
  static void start() throws IOException {
    if (!HeadlessChromium.installed()) {
      return; // each test is then reported as skipped (see skipWithoutBrowser)
    }
    UiServer server = UiServer.shared();
    browser = HeadlessChromium.start(1280, 1000);
    driver = browser.driver();
    page = new SearchPage(driver, server.baseUrl);
  }

  @BeforeEach
  void skipWithoutBrowser() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
