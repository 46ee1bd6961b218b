package fr.santekb.indexer.index.watch;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.RunReport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one log line a watch writes per pass, and the lines of the files that need attention. */
public final class PassLine {
  private PassLine() {}

  /**
   * E.g. {@code changes: 2 files (indexed 1, removed 1); Tika 1, cache 0; 0.31 s; 10000
   * documents}: why the pass ran, its files by outcome, where their text came from, its time.
   */
  public static String of(RunReport report, String why) {
    String outcomes = report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%s: %d file%s%s; Tika %d, cache %d; %.2f s; %d documents",
        why, report.files().size(), report.files().size() == 1 ? "" : "s",
        outcomes.isEmpty() ? "" : " (" + outcomes + ")", report.extracted(), report.reused(),
        report.millis() / 1000.0, report.documentsInIndex());
  }

  /** One line per file refused or warned about in the pass, as the summary table lists them. */
  public static List<String> attention(RunReport report) {
    return report.files().stream()
        .filter(f -> f.outcome() != Outcome.REMOVED
            && (!f.outcome().isSearchable() || !f.message().isEmpty()))
        .map(PassLine::line).toList();
  }

  private static String line(FileReport f) {
    return "  " + f.outcome().label() + " " + f.path()
        + (f.message().isEmpty() ? "" : "  (" + f.message() + ")");
  }
}
