package fr.santekb.api.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are set explicitly so
 * Selenium Manager never looks for (or downloads) a browser; tests are skipped when they are absent.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  private static final String MISSING = "browser tests skipped: " + CHROMIUM + " and "
      + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver; ./santekb test "
      + "installs them)";
  private static boolean warned;

  /** Whether Debian's chromium and chromedriver are there; says so once on stderr when not. */
  static synchronized boolean installed() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && !warned) {
      System.err.println("WARNING: " + MISSING);
      warned = true;
    }
    return installed;
  }

  /** Skips the calling test (JUnit assumption) when chromium or chromedriver is missing. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(installed(), MISSING);
  }

  /** Starts a browser with a fresh profile and a window of the given size in CSS pixels. */
  static HeadlessChromium start(int width, int height) throws IOException {
    assumeInstalled();
    // Selenium warns that it has no DevTools bindings for this Chromium version; the tests use none.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("santekb-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "--lang=fr-FR", "--hide-scrollbars");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return new HeadlessChromium(profile, service, driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the browser profile " + root, e);
    }
  }
}
