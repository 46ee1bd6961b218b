package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyLoadingTest {
  @TempDir
  Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("themes.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsCommentsHeaderAndRows() throws IOException {
    Vocabulary v = Vocabulary.load(write("# a comment\nid\tlabel\tpatterns\n"
        + "sante-mentale\tSanté mentale\tsanté mentale|CLSM\n\n"), "patterns");
    assertThat(v.ids()).containsExactly("sante-mentale");
    assertThat(v.label("sante-mentale")).contains("Santé mentale");
    assertThat(v.count(Tokens.of("le CLSM et la santé mentale"))).containsEntry("sante-mentale", 2);
  }

  @Test
  void badRowsFailWithFileAndLine() throws IOException {
    Path badId = write("id\tlabel\tpatterns\nSanté\tSanté\tsanté\n");
    assertThatThrownBy(() -> Vocabulary.load(badId, "patterns"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("themes.tsv:2");
    Path duplicate = write("id\tlabel\tpatterns\na\tA\ta\na\tB\tb\n");
    assertThatThrownBy(() -> Vocabulary.load(duplicate, "patterns"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("duplicate id");
    Path noColumn = write("id\tlabel\nsante\tSanté\n");
    assertThatThrownBy(() -> Vocabulary.load(noColumn, "patterns"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("missing column patterns");
  }

  @Test
  void aMissingFileFailsWithItsPath() {
    assertThatThrownBy(() -> Vocabulary.load(dir.resolve("absent.tsv"), "patterns"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("absent.tsv");
  }
}
