package fr.santekb.indexer.index;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for terminals; silent when output is not a terminal (CI logs, pipes).
 * Thread-safe: workers report as they finish.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final boolean enabled;
  private final int total;
  private int done;

  public ProgressBar(PrintStream out, boolean enabled, int total) {
    this.out = out;
    this.enabled = enabled && total > 0;
    this.total = total;
  }

  /** True when stdout is attached to a terminal. */
  public static boolean onTerminal() {
    return System.console() != null;
  }

  public synchronized void step(String label) {
    done++;
    if (!enabled) {
      return;
    }
    int filled = (int) ((long) WIDTH * done / total);
    String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
    out.printf(Locale.ROOT, "\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled),
        done, total, name);
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}
