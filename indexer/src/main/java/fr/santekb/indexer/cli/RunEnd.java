package fr.santekb.indexer.cli;

import java.nio.file.Path;

/** How an indexing command ends once its report is written: the summary, then the exit code. */
final class RunEnd {
  private RunEnd() {}

  /**
   * Prints the summary (unless quiet) and the report's place; {@link ExitCodes#NOTHING_INDEXED}
   * when nothing is searchable, else {@link ExitCodes#OK}.
   */
  static int exitCode(Path reportFile, long searchable, boolean quiet, Runnable printSummary) {
    if (!quiet) {
      printSummary.run();
      System.out.println("Report: " + reportFile);
    }
    if (searchable == 0) {
      System.err.println("santekb index: nothing could be indexed (see " + reportFile + ")");
      return ExitCodes.NOTHING_INDEXED;
    }
    return ExitCodes.OK;
  }
}
