package fr.santekb.indexer.cli;

/** {@code santekb index} as a program of its own, for tests that need a separate process. */
public final class IndexMain {
  private IndexMain() {}

  public static void main(String[] args) {
    System.exit(CommandLines.create(new IndexCommand()).execute(args));
  }
}
