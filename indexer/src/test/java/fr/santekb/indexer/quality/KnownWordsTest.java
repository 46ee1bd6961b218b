package fr.santekb.indexer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownWordsTest {
  @TempDir Path dir;

  @Test
  void theCommittedListsHoldDebiansFormsAndTheProjectsWords() {
    assertThat(TextQualityTest.WORDS.size()).isGreaterThan(340_000);
    assertThat(TextQualityTest.WORDS.isKnown("prévention")).isTrue();
    assertThat(TextQualityTest.WORDS.isKnown("addictologie")).isTrue();
  }

  @Test
  void aLineThatIsNotOneLowerCaseFormFailsWithItsFileAndNumber() throws IOException {
    Files.writeString(dir.resolve(KnownWords.WORD_LIST), "# liste\nsanté\nSanté publique\n");
    Files.writeString(dir.resolve(KnownWords.EXTRA_WORDS), "");

    assertThatThrownBy(() -> KnownWords.load(dir)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(KnownWords.WORD_LIST + ":3:")
        .hasMessageContaining("'Santé publique'");
  }

  @Test
  void aMissingListIsAConfigurationError() throws IOException {
    Files.writeString(dir.resolve(KnownWords.WORD_LIST), "santé\n");

    assertThatThrownBy(() -> KnownWords.load(dir)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(KnownWords.EXTRA_WORDS).hasMessageContaining("not found");
  }

  @Test
  void bothListsCount() throws IOException {
    Files.writeString(dir.resolve(KnownWords.WORD_LIST), "santé\n");
    Files.writeString(dir.resolve(KnownWords.EXTRA_WORDS), "addictologie\n");

    KnownWords words = KnownWords.load(dir);

    assertThat(words.isKnown("Santé")).isTrue();
    assertThat(words.isKnown("addictologie")).isTrue();
    assertThat(words.isKnown("prévention")).isFalse();
  }
}
