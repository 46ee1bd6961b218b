package fr.santekb.app;

import fr.santekb.indexer.cli.AnalyzeCommand;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ConfigCommand;
import fr.santekb.indexer.cli.ExtractCommand;
import fr.santekb.indexer.cli.IndexCommand;
import picocli.CommandLine.Command;

/** The {@code santekb} command line: every subcommand listed explicitly. */
@Command(name = "santekb", mixinStandardHelpOptions = true, version = "santekb 0.1.0",
    description = "Search engine and knowledge base over French local health-policy documents.",
    subcommands = {
        IndexCommand.class,
        ExtractCommand.class,
        AnalyzeCommand.class,
        ServeCommand.class,
        DemoCommand.class,
        EvalCommand.class,
        ConfigCommand.class,
    })
public final class Santekb implements Runnable {

  public static void main(String[] args) {
    System.exit(CommandLines.create(new Santekb()).execute(args));
  }

  @Override
  public void run() {
    CommandLines.create(this).usage(System.out);
  }
}
