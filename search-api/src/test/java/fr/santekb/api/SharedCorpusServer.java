package fr.santekb.api;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A real server over folders of {@code ../shared/corpus} indexed into {@code tmp}: the set-up of
 * the test classes that check the API on the shared real documents. Skips the calling class when
 * a folder is absent.
 */
final class SharedCorpusServer {
  private SharedCorpusServer() {}

  static SearchServer start(Path tmp, List<Path> folders) throws IOException {
    for (Path folder : folders) {
      Assumptions.assumeTrue(Files.isDirectory(folder),
          "shared corpus absent at " + folder + ": these checks need ../shared/corpus");
    }
    Path index = tmp.resolve("index");
    try (IndexingComponents c = new IndexingComponents(ConfigLoader.load(MiniCorpus.configDir()))) {
      c.runner(2).run(folders, index, false, total -> new ProgressBar(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), false,
          total));
    }
    return SearchServer.start(TestServer.settings(index, Optional.empty()));
  }
}
