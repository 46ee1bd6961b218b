package fr.santekb.app;

import fr.santekb.api.SearchSettings;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.cli.IndexCommand;
import fr.santekb.indexer.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code santekb demo}: indexes the demonstration corpus, then serves it on port 7070. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the demonstration corpus (corpus/documents) into data/demo-index and "
        + "serve it on http://localhost:7070.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "Index folder "
      + "(default: data/demo-index under the project root).")
  Path index;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default: 7070).")
  int port = SearchSettings.DEFAULT_PORT;

  @Option(names = "--no-serve", description = "Only build the index.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    Path configDir = ConfigLoader.locate(null);
    Path root = configDir.getParent();
    Path corpus = root.resolve("corpus").resolve("documents");
    Path target = index != null ? index : root.resolve("data").resolve("demo-index");
    int code = CommandLines.create(new IndexCommand())
        .execute("--source", corpus.toString(), "--index", target.toString());
    if (code != ExitCodes.OK) {
      return code;
    }
    System.out.println("Demo index ready: " + target);
    if (noServe) {
      return ExitCodes.OK;
    }
    SearchSettings settings = new SearchSettings(target, configDir, SearchSettings.DEFAULT_HOST,
        port, Optional.of(root.resolve("ui")), SearchSettings.DEFAULT_REFRESH);
    return ServeCommand.serve(settings, "Ouvrez {url}  (Ctrl-C pour arrêter)");
  }
}
