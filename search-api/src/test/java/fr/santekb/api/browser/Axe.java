package fr.santekb.api.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core's WCAG 2.1 A and AA rules (what RGAA 4 requires of French public bodies' sites) on
 * the page a driver shows, and lists the violations, one line each: rule, impact and elements.
 * « Label in name » (WCAG 2.5.3, RGAA 6.1.5) is still marked experimental in axe, so off by
 * default: it is switched on here.
 */
final class Axe {
  private static final String SCRIPT = load();
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: { 'label-content-name-mismatch': { enabled: true } },
          resultTypes: ['violations'] })
        .then((r) => done(r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
          + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
            .join(' | '))))
        .catch((e) => done(['axe failed: ' + e]));
      """;

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js missing from the test class path "
            + "(com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WCAG 2.1 A/AA violations of the current page; empty when it passes. */
  static List<String> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SCRIPT);
    Object result = js.executeAsyncScript(RUN);
    List<String> out = new ArrayList<>();
    if (result instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v)));
    } else if (result instanceof Map<?, ?> map) {
      out.add("unexpected axe answer: " + map);
    }
    return out;
  }
}
