package fr.santekb.indexer.cli;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexedState;
import fr.santekb.indexer.index.IndexRunner;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.PipelineVersions;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.index.watch.IndexWatch;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code santekb index}: (re)indexes source folders into an index folder, incrementally, then prints
 * a summary and writes the JSON report beside the index. Exit 0 when the run completed (even with
 * some bad files), 1 when nothing could be indexed, 2 on usage or configuration errors, 75 when
 * another process is writing the same index (nothing is done, its report is left alone). With
 * {@code --watch} it then stays up and re-indexes what changes until stopped (see {@link
 * WatchRun}).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "(Re)index folders recursively into a Lucene index. Unchanged files are skipped, "
        + "vanished files removed, moved, renamed or copied files taken from the extraction cache "
        + "of the index; one atomic commit at the end. With --watch, then stays up and "
        + "re-indexes what changes, one commit per batch of changes, until Ctrl-C.")
public final class IndexCommand implements Callable<Integer> {
  private static final Duration DEFAULT_SETTLE = IndexWatch.Settings.DEFAULT_SETTLE;
  private static final Duration DEFAULT_RESCAN = IndexWatch.Settings.DEFAULT_RESCAN;

  @Option(names = "--source", paramLabel = "DIR",
      description = "Folder to index (repeatable; default: sources in santekb.yaml).")
  List<Path> sources;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Index the records of a JSONL "
      + "file (one JSON object per line: id, text, title, format, year...) instead of folders, "
      + "without Tika; the index is rebuilt.")
  Path jsonl;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index folder (default: index in santekb.yaml).")
  Path index;

  @Option(names = "--config", paramLabel = "DIR",
      description = "Config folder (default: the project's config/).")
  Path config;

  @Option(names = "--full", description = "Re-index every file, even unchanged ones, and extract "
      + "each again (the extraction cache is rewritten, not read).")
  boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Parallel extraction threads "
      + "(default: number of cores).")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar and no summary table.")
  boolean quiet;

  @Option(names = "--watch", description = "After the run, stay up: watch the source folders and "
      + "re-index what changes (new, changed, moved, deleted files and folders), one commit and "
      + "one log line per batch of changes; the whole folders are rescanned every --rescan "
      + "minutes. Ctrl-C or SIGTERM stops it once the batch in progress is committed.")
  boolean watch;

  @Option(names = "--settle", paramLabel = "MS", description = "With --watch: a batch of changes "
      + "is indexed once no change has come for MS milliseconds (default: 500).")
  Long settleMillis;

  @Option(names = "--rescan", paramLabel = "MINUTES", description = "With --watch: pass over the "
      + "whole folders this often, in case the system lost events (default: 10).")
  Long rescanMinutes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SantekbConfig cfg = ConfigLoader.load(ConfigLoader.locate(config));
    if (!watch && (settleMillis != null || rescanMinutes != null)) {
      System.err.println("santekb index: --settle and --rescan go with --watch");
      return ExitCodes.USAGE;
    }
    if (jsonl != null) {
      if (watch) {
        System.err.println("santekb index: --watch watches folders, not a --jsonl file");
        return ExitCodes.USAGE;
      }
      return JsonlIndexing.run(cfg, jsonl, sources, index, full, threads, quiet);
    }
    List<Path> sources = this.sources != null ? this.sources : cfg.sources();
    Path index = this.index != null ? this.index : cfg.index().orElse(null);
    if (sources.isEmpty() || index == null) {
      System.err.println("santekb index: give --source DIR and --index DIR, or set sources: and "
          + "index: in " + cfg.configDir().resolve(ConfigLoader.FILE_NAME));
      return ExitCodes.USAGE;
    }
    for (Path source : sources) {
      if (!Files.isDirectory(source)) {
        System.err.println("santekb index: not a folder: " + source);
        return ExitCodes.USAGE;
      }
    }
    if (!upgradeKeepsEverySource(index, sources)) {
      return ExitCodes.USAGE;
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      System.err.println("santekb index: --threads must be >= 1");
      return ExitCodes.USAGE;
    }
    IndexWatch.Settings watchSettings = null;
    if (watch) {
      try {
        watchSettings = new IndexWatch.Settings(
            settleMillis != null ? Duration.ofMillis(settleMillis) : DEFAULT_SETTLE,
            IndexWatch.Settings.DEFAULT_MAX_WAIT,
            rescanMinutes != null ? Duration.ofMinutes(rescanMinutes) : DEFAULT_RESCAN);
      } catch (IllegalArgumentException | ArithmeticException e) {
        System.err.println("santekb index: --settle must be >= 0 and at most 30000, --rescan > 0");
        return ExitCodes.USAGE;
      }
    }
    RunReport report;
    IndexRunner.ProgressBarFactory progress =
        total -> new ProgressBar(System.err, !quiet && ProgressBar.onTerminal(), total);
    try (IndexingComponents components = new IndexingComponents(cfg)) {
      if (watchSettings != null) {
        return WatchRun.run(components.runner(n), sources, index, full, watchSettings, progress,
            first -> {
              Path reportFile = ReportWriter.writeJson(first, index);
              if (!quiet) {
                ReportWriter.printSummary(first, System.out);
                System.out.println("Report: " + reportFile);
              }
              components.warmUp(); // before the first change, not on it
            });
      }
      report = components.runner(n).run(sources, index, full, progress);
    } catch (LockObtainFailedException e) {
      spec.commandLine().getErr().println("santekb index: l’index " + index
          + " est déjà en cours d’écriture par un autre processus ; réessayez quand il aura fini."
          + " / The index " + index + " is being written by another process; try again when it"
          + " is done.");
      return ExitCodes.INDEX_BUSY;
    }
    Path reportFile = ReportWriter.writeJson(report, index);
    return RunEnd.exitCode(reportFile, report.searchable(), quiet,
        () -> ReportWriter.printSummary(report, System.out));
  }

  /**
   * An index another pipeline version wrote is rebuilt from the folders given (see
   * {@link fr.santekb.indexer.index.IndexRunner}); false, with the reason printed, when it also
   * holds documents of folders not given, which the rebuild would drop.
   */
  private static boolean upgradeKeepsEverySource(Path index, List<Path> sources)
      throws IOException {
    if (!Files.isDirectory(index)) {
      return true;
    }
    IndexedState state;
    try (Directory dir = FSDirectory.open(index)) {
      state = IndexedState.read(dir);
    }
    PipelineVersions versions = PipelineVersions.of(state);
    if (versions.current()) {
      return true;
    }
    Set<String> given = sources.stream().map(p -> p.toAbsolutePath().normalize().toString())
        .collect(Collectors.toSet());
    List<String> missing = state.sources().stream().filter(s -> !given.contains(s)).sorted()
        .toList();
    if (!missing.isEmpty()) {
      System.err.println("santekb index: " + index + " was written by another santekb version "
          + "and must be rebuilt from all its source folders; give these too: "
          + String.join(", ", missing));
      return false;
    }
    System.err.println("santekb index: " + index + " was written by another santekb version "
        + "(this one writes pipeline version " + Schema.PIPELINE_VERSION + "): rebuilding it, "
        + "every file is read again.");
    return true;
  }
}
