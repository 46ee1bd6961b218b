package fr.santekb.indexer.cli;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TokenLister;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code santekb analyze "texte"}: prints the tokens the French analysis makes of a text. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Print the tokens the French analysis produces (full-text and exact fields).")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Text to analyse.")
  List<String> words;

  @Option(names = "--config", paramLabel = "DIR", description = "Config folder.")
  Path config;

  @Override
  public Integer call() {
    SantekbConfig cfg = ConfigLoader.load(ConfigLoader.locate(config));
    FrenchAnalysis analysis = FrenchAnalysis.load(cfg.analysisDir());
    String text = String.join(" ", words);
    System.out.println("text:  " + String.join(" | ",
        TokenLister.tokens(analysis.text(), "body", text)));
    System.out.println("exact: " + String.join(" | ",
        TokenLister.tokens(analysis.exact(), "body_exact", text)));
    return ExitCodes.OK;
  }
}
