package fr.santekb.indexer.cli;

/** Process exit codes shared by every santekb command. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The run completed but not a single document is searchable. */
  public static final int NOTHING_INDEXED = 1;
  /** Bad arguments or configuration (picocli uses 2 for invalid input too). */
  public static final int USAGE = 2;
  /**
   * Another process is writing the index (its {@code write.lock} is held): nothing was done, try
   * again once it is over (75 is EX_TEMPFAIL in sysexits.h).
   */
  public static final int INDEX_BUSY = 75;
  /** Unexpected failure of the program itself. */
  public static final int SOFTWARE = 70;

  private ExitCodes() {}
}
