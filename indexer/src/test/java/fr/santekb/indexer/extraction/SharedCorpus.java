package fr.santekb.indexer.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real documents beside the worktree (never copied into the repository). */
final class SharedCorpus {

  private SharedCorpus() {}

  /** {@code <santekb.root>/../shared/corpus}, normalised. */
  static Path root() {
    String root = System.getProperty("santekb.root", ".");
    return Path.of(root).toAbsolutePath().resolve("../shared/corpus").normalize();
  }

  /** A file under {@code corpus/documents}; skips the calling test when it is absent. */
  static Path document(String relative) {
    Path file = root().resolve("documents").resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared corpus file absent: " + file);
    return file;
  }
}
