package fr.santekb.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a log-log line chart as a standalone SVG file (no script, no external resource),
 * for how a benchmark's costs grow with the size of the index. Each series is one measure with
 * its value at each size, drawn relative to its value at the smallest size, so measures in
 * milliseconds and in megabytes share one axis; a dashed line of slope 1 shows linear growth.
 */
final class LogLogPlot {
  /** One measure: a label and its values at the plot's sizes (NaN where not measured). */
  record Series(String label, double[] values) {}

  private static final String[] COLOURS =
      {"#1b5e9e", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#555555", "#b8860b"};
  private static final int WIDTH = 760;
  private static final int HEIGHT = 460;
  private static final int LEFT = 70;
  private static final int RIGHT = 250;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  private LogLogPlot() {}

  /** The SVG of {@code series} over {@code sizes} (documents, increasing). */
  static String svg(String title, long[] sizes, List<Series> series) {
    double xMin = Math.log10(sizes[0]);
    double xMax = Math.log10(sizes[sizes.length - 1]);
    double yMax = 0;
    double yMin = 0;
    for (Series s : series) {
      for (double v : relative(s)) {
        if (!Double.isNaN(v)) {
          yMax = Math.max(yMax, Math.log10(v));
          yMin = Math.min(yMin, Math.log10(v));
        }
      }
    }
    yMax = Math.max(Math.ceil(yMax), xMax - xMin); // room for the linear-growth line
    yMin = Math.floor(yMin);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
        + "font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\">%s</text>%n",
        LEFT, escape(title)));
    Frame f = new Frame(xMin, xMax, yMin, yMax);
    for (long size : sizes) { // vertical grid and x labels
      double x = f.x(Math.log10(size));
      out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
          + "stroke=\"#ddd\"/>%n<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x, TOP, x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 18, String.format(Locale.ROOT,
              "%,d", size).replace(',', ' ')));
    }
    for (int p = (int) yMin; p <= (int) yMax; p++) { // horizontal grid and y labels
      double y = f.y(p);
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
          + "stroke=\"#ddd\"/>%n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">×%s</text>%n",
          LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, p >= 0 ? String.format(Locale.ROOT, "%,d",
              (long) Math.pow(10, p)).replace(',', ' ') : String.format(Locale.ROOT, "%.1f",
              Math.pow(10, p))));
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
        + "documents in the index (log)</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 18));
    out.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %d) rotate(-90)\" "
        + "text-anchor=\"middle\">cost relative to the smallest index (log)</text>%n",
        (TOP + HEIGHT - BOTTOM) / 2));
    // Linear growth: cost proportional to the documents.
    out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
        + "y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"6 4\"/>%n", f.x(xMin), f.y(0),
        f.x(xMax), f.y(xMax - xMin)));
    legend(out, 0, "linear growth (slope 1)", "#999", true);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String colour = COLOURS[i % COLOURS.length];
      double[] rel = relative(s);
      List<String> points = new ArrayList<>();
      for (int k = 0; k < sizes.length; k++) {
        if (!Double.isNaN(rel[k])) {
          points.add(String.format(Locale.ROOT, "%.1f,%.1f", f.x(Math.log10(sizes[k])),
              f.y(Math.log10(rel[k]))));
        }
      }
      out.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" "
          + "stroke-width=\"2\" points=\"%s\"/>%n", colour, String.join(" ", points)));
      for (String point : points) {
        String[] xy = point.split(",");
        out.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" "
            + "fill=\"%s\"/>%n", xy[0], xy[1], colour));
      }
      legend(out, i + 1, s.label(), colour, false);
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** Values divided by the first one. */
  private static double[] relative(Series s) {
    double[] v = s.values();
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k] / v[0];
    }
    return out;
  }

  private static void legend(StringBuilder out, int row, String label, String colour,
      boolean dashed) {
    int x = WIDTH - RIGHT + 16;
    int y = TOP + 10 + row * 20;
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
        + "stroke=\"%s\" stroke-width=\"2\"%s/>%n<text x=\"%d\" y=\"%d\">%s</text>%n", x, y,
        x + 22, y, colour, dashed ? " stroke-dasharray=\"6 4\"" : "", x + 28, y + 4,
        escape(label)));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Log-space coordinates to pixels. */
  private record Frame(double xMin, double xMax, double yMin, double yMax) {
    double x(double logX) {
      return LEFT + (logX - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double logY) {
      return HEIGHT - BOTTOM - (logY - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
