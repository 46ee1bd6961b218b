package fr.santekb.indexer.cli;

import fr.santekb.indexer.samples.demo.DemoCorpusGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code santekb generate-corpus}: writes the deterministic demonstration corpus. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
    description = "Write the demonstration corpus (fictitious documents in every format).")
public final class GenerateCorpusCommand implements Callable<Integer> {
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
