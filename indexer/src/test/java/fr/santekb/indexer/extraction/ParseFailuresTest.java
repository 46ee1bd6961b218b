package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ExtractionSettings;
import java.nio.file.AccessDeniedException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;

class ParseFailuresTest {
  @Test
  void permissionDeniedAnywhereInTheCausesIsUnreadable() {
    Extraction.Rejected rejected = ParseFailures.reject(
        new TikaException("wrapped", new AccessDeniedException("/sources/verrouille.pdf")),
        ExtractionSettings.defaults());
    assertThat(rejected.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(rejected.message()).isEqualTo("cannot read file: permission denied");
  }
}
