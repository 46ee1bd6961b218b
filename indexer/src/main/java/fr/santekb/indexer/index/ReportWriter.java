package fr.santekb.indexer.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.santekb.indexer.extraction.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run report as JSON next to the index, and prints it as a table for people. */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** The report file of an index folder: {@code <index>-report.json}, beside it. */
  public static Path reportPath(Path indexDir) {
    Path abs = indexDir.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + "-report.json");
  }

  /** Writes the JSON report atomically (temporary file, then move). */
  public static Path writeJson(RunReport report, Path indexDir) throws IOException {
    return writeAtomically(report, indexDir);
  }

  /** Writes the JSON report of a JSONL run atomically, where {@link #reportPath} says. */
  public static Path writeJson(RecordRunReport report, Path indexDir) throws IOException {
    return writeAtomically(report, indexDir);
  }

  private static Path writeAtomically(Object report, Path indexDir) throws IOException {
    Path target = reportPath(indexDir);
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), report);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  public static RunReport readJson(Path reportFile) throws IOException {
    return JSON.readValue(reportFile.toFile(), RunReport.class);
  }

  /** Prints the outcome counts of a JSONL run, its throughput and the records needing attention. */
  public static void printSummary(RecordRunReport report, PrintStream out) {
    out.println();
    out.println("Outcome       Records");
    out.println("------------  -------");
    for (Map.Entry<Outcome, Long> e : report.counts().entrySet()) {
      if (e.getValue() > 0) {
        out.printf(Locale.ROOT, "%-12s  %7d%n", e.getKey().name().toLowerCase(Locale.ROOT),
            e.getValue());
      }
    }
    out.printf(Locale.ROOT, "%-12s  %7d%n", "total", report.records());
    if (!report.attention().isEmpty()) {
      out.println();
      out.println("Needs attention" + (report.attention().size()
          == RecordIndexRunner.ATTENTION_CAP ? " (first " + RecordIndexRunner.ATTENTION_CAP
          + ")" : "") + ":");
      for (FileReport f : report.attention()) {
        out.printf(Locale.ROOT, "  %-11s %s  (%s)%n", f.outcome().name().toLowerCase(Locale.ROOT),
            f.path(), f.message());
      }
    }
    printWorstQuality(report.worstQuality(), report.qualityLevels(), out);
    out.printf(Locale.ROOT, "%nDocuments in index: %d  (%.1f s, %.0f records/s, %.1f million characters of text)%n",
        report.documentsInIndex(), report.millis() / 1000.0, report.recordsPerSecond(),
        report.textChars() / 1e6);
  }

  /** The levels of the run's documents, then those whose text reads worst, with the main cause. */
  private static void printWorstQuality(List<FileReport> worst, Map<String, Long> levels,
      PrintStream out) {
    if (worst.isEmpty()) {
      return;
    }
    out.println();
    out.println("Text quality: " + String.join(", ", levels.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).toList()));
    out.println("Worst text quality (score, level, main cause):");
    for (FileReport f : worst) {
      out.printf(Locale.ROOT, "  %.3f  %-8s %s  (%s)%n", f.quality().score(), f.quality().level(),
          f.path(), f.quality().cause());
    }
  }

  /** Prints the outcome counts and every file that needs attention. */
  public static void printSummary(RunReport report, PrintStream out) {
    out.println();
    out.println("Outcome         Files");
    out.println("--------------  -----");
    for (Map.Entry<Outcome, Integer> e : report.counts().entrySet()) {
      if (e.getValue() > 0) {
        out.printf(Locale.ROOT, "%-14s  %5d%n", e.getKey().label(),
            e.getValue());
      }
    }
    out.printf(Locale.ROOT, "%-14s  %5d%n", "total", report.files().size());
    var attention = report.files().stream()
        .filter(f -> !f.outcome().isSearchable() || !f.message().isEmpty())
        .toList();
    if (!attention.isEmpty()) {
      out.println();
      out.println("Needs attention:");
      for (FileReport f : attention) {
        out.printf(Locale.ROOT, "  %-14s %s%s%n", f.outcome().label(),
            f.path(), f.message().isEmpty() ? "" : "  (" + f.message() + ")");
      }
    }
    printWorstQuality(report.worstQuality(), report.qualityLevels(), out);
    out.printf(Locale.ROOT, "%nFiles read by Tika: %d; reused from the extraction cache: %d%n",
        report.extracted(), report.reused());
    out.printf(Locale.ROOT, "Documents in index: %d  (%.1f s)%n", report.documentsInIndex(),
        report.millis() / 1000.0);
  }
}
