package fr.santekb.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A copy of config/analysis with one bad line must fail naming the file, the line and the rule. */
class FrenchAnalysisFilesTest {
  @TempDir Path dir;

  private void copyConfig() throws IOException {
    try (Stream<Path> files = Files.list(FrenchAnalysisTest.ANALYSIS_DIR)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("stopwords.txt", "Le", "must be one lower-case word"),
        Arguments.of("stopwords.txt", "le", "duplicate of line"),
        Arguments.of("elisions.txt", "l'", "must be one lower-case ASCII word"),
        Arguments.of("protected_words.txt", "ARS", "ASCII lower-case word"),
        Arguments.of("protected_words.txt", "santé", "ASCII lower-case word"),
        Arguments.of("stem_overrides.txt", "agee age", "word<TAB>stem"),
        Arguments.of("char_mapping.txt", "\"’\" -> \"'\"", "must be \"from\" => \"to\""),
        Arguments.of("char_mapping.txt", "\"\\q\" => \"'\"", "escapes"),
        Arguments.of("acronyms.tsv", "ARS agence régionale de santé", "ACRONYM<TAB>expansion"),
        Arguments.of("acronyms.tsv", "ZZZ\tzone de test", "missing from protected_words.txt"),
        Arguments.of("acronyms.tsv", "ARS\tagence régionale de santé", "duplicate expansion"));
  }

  @ParameterizedTest(name = "{0} + \"{1}\"")
  @MethodSource("badLines")
  void aBadLineFailsWithFileAndLineNumber(String file, String line, String rule)
      throws IOException {
    copyConfig();
    Path target = dir.resolve(file);
    long lineNumber = Files.readAllLines(target, StandardCharsets.UTF_8).size() + 1;
    Files.writeString(target, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    assertThatThrownBy(() -> FrenchAnalysis.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(target + ":" + lineNumber + ": ")
        .hasMessageContaining(rule);
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    copyConfig();
    Files.delete(dir.resolve("protected_words.txt"));
    assertThatThrownBy(() -> FrenchAnalysis.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("protected_words.txt")
        .hasMessageContaining("not found");
  }

  @Test
  void invalidUtf8IsRejectedWithTheFileName() throws IOException {
    copyConfig();
    Files.write(dir.resolve("stopwords.txt"), new byte[] {'l', 'e', '\n', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> FrenchAnalysis.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("stopwords.txt")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void theShippedFilesLoadAndCommentsAreIgnored() throws IOException {
    copyConfig();
    Files.writeString(dir.resolve("stopwords.txt"), "# only a comment\n\n  \n",
        StandardCharsets.UTF_8);
    FrenchAnalysis analysis = FrenchAnalysis.load(dir);
    assertThat(TokenLister.tokens(analysis.text(), "body", "le plan"))
        .containsExactly("le", "plan");
  }
}
