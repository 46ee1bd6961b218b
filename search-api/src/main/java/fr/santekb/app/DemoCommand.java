package fr.santekb.app;

import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code santekb demo}: indexes the default corpus into a default index folder. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the demonstration corpus (corpus/documents) into data/demo-index.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "Index folder "
      + "(default: data/demo-index under the project root).")
  Path index;

  @Override
  public Integer call() {
    Path root = ConfigLoader.locate(null).getParent();
    Path corpus = root.resolve("corpus").resolve("documents");
    Path target = index != null ? index : root.resolve("data").resolve("demo-index");
    int code = CommandLines.create(new fr.santekb.indexer.cli.IndexCommand())
        .execute("--source", corpus.toString(), "--index", target.toString());
    if (code != ExitCodes.OK) {
      return code;
    }
    System.out.println("Demo index ready: " + target);
    return ExitCodes.OK;
  }
}
