package fr.santekb.indexer.cli;

import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.RecordRunReport;
import fr.santekb.indexer.index.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code santekb index --jsonl FILE}: checks the flags, runs the record indexer, reports. */
final class JsonlIndexing {
  private JsonlIndexing() {}

  static int run(SantekbConfig cfg, Path jsonl, List<Path> sources, Path index, boolean full,
      Integer threads, boolean quiet) throws Exception {
    if (sources != null) {
      System.err.println("santekb index: give --source DIR or --jsonl FILE, not both");
      return ExitCodes.USAGE;
    }
    if (full) {
      System.err.println("santekb index: --full does not apply to --jsonl (the index is always "
          + "rebuilt from the file)");
      return ExitCodes.USAGE;
    }
    if (!Files.isRegularFile(jsonl)) {
      System.err.println("santekb index: not a file: " + jsonl);
      return ExitCodes.USAGE;
    }
    Path target = index != null ? index : cfg.index().orElse(null);
    if (target == null) {
      System.err.println("santekb index: give --index DIR with --jsonl");
      return ExitCodes.USAGE;
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      System.err.println("santekb index: --threads must be >= 1");
      return ExitCodes.USAGE;
    }
    final RecordRunReport report;
    long t0 = System.nanoTime();
    try (IndexingComponents components = new IndexingComponents(cfg)) {
      report = components.recordRunner(n).run(jsonl, target, done -> {
        if (!quiet) {
          System.err.printf(Locale.ROOT, "%d records (%.0f/s)%n", done,
              done * 1e9 / (System.nanoTime() - t0));
        }
      });
    }
    Path reportFile = ReportWriter.writeJson(report, target);
    return RunEnd.exitCode(reportFile, report.searchable(), quiet,
        () -> ReportWriter.printSummary(report, System.out));
  }
}
