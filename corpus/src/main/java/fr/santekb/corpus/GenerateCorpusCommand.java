package fr.santekb.corpus;

import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code santekb generate-corpus}: writes the deterministic demonstration corpus. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
    description = "Write the demonstration corpus (fictitious documents in every format).")
public final class GenerateCorpusCommand implements Callable<Integer> {
  /** {@code ./santekb generate-corpus [--out DIR]}. */
  public static void main(String[] args) {
    System.exit(CommandLines.create(new GenerateCorpusCommand()).execute(args));
  }

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: corpus/documents "
      + "of the project).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path target = out != null ? out
        : Path.of(System.getProperty("santekb.root", "."))
            .resolve(DemoCorpusGenerator.DEFAULT_OUTPUT);
    List<Path> files = DemoCorpusGenerator.generate(target);
    System.out.println(files.size() + " files written to " + target.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }
}
