package fr.santekb.indexer.enrichment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.extraction.ExtractedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real config of the worktree, loaded once per test JVM, and document builders. */
final class TestFixtures {
  static final SantekbConfig CONFIG = ConfigLoader.load(ConfigLoader.locate(null));
  static final Vocabularies VOCABULARIES = Vocabularies.load(CONFIG);
  static final Enricher ENRICHER = new Enricher(VOCABULARIES);

  private TestFixtures() {}

  static ExtractedDocument document(String title, String text) {
    return document(title, "txt", text, Optional.empty());
  }

  static ExtractedDocument document(String title, String format, String text,
      Optional<LocalDate> created) {
    return new ExtractedDocument(Path.of("/tmp/" + title + "." + format), "text/plain", format,
        text.length(), "0".repeat(64), title, created, Optional.empty(), Optional.of("fr"),
        List.of(text), false, false);
  }

  /** A seed of the shared corpus by file-name prefix; the test is skipped when it is absent. */
  static String seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("santekb.root", ".")).resolve("../shared/corpus/seeds")
        .normalize();
    assumeTrue(Files.isDirectory(dir), "shared seeds not found at " + dir);
    Optional<Path> file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
    }
    assumeTrue(file.isPresent(), "seed " + prefix + "* not found in " + dir);
    return Files.readString(file.get(), StandardCharsets.UTF_8);
  }
}
