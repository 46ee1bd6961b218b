package fr.santekb.indexer.cli;

import fr.santekb.indexer.config.ConfigException;
import org.apache.lucene.index.IndexNotFoundException;
import picocli.CommandLine;

/**
 * Builds picocli command lines with santekb's error policy: configuration errors and a folder holding
 * no index print one line and exit 2 (the user named the wrong thing); any other failure prints one
 * line (no stack trace unless SANTEKB_DEBUG is set) and exits 70.
 */
public final class CommandLines {
  private CommandLines() {}

  public static CommandLine create(Object command) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      String name = line.getCommandName();
      if (ex instanceof ConfigException) {
        line.getErr().println("santekb " + name + ": configuration error: " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      if (ex instanceof IndexNotFoundException) {
        line.getErr().println("santekb " + name + ": " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      line.getErr().println("santekb " + name + ": " + ex.getClass().getSimpleName() + ": "
          + ex.getMessage());
      if (System.getenv("SANTEKB_DEBUG") != null) {
        ex.printStackTrace(line.getErr());
      }
      return ExitCodes.SOFTWARE;
    });
    return cl;
  }
}
