package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One content saved in several formats gets the same metadata through the whole pipeline (Tika,
 * cleaning, enrichment), whatever the files' own dates say. Real files of {@code ../shared/corpus};
 * skipped when it is absent.
 */
class SameContentSameMetadataTest {
  private static final String INVOICE =
      "documents/betagouv__sante-psy/static/documents/modele-facturation-sante-psy-etudiant-50.";

  @Test
  void theInvoiceModelIsOf2024InItsThreeFormats() throws IOException {
    // The three files were created in 2021 (docx), 2024 (odt) and 2025 (pdf); the text bills
    // sessions of January 2024.
    Path corpus = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath()
        .resolve("../shared/corpus").normalize();
    SantekbConfig config = ConfigLoader.load(ConfigLoader.locate(null));
    try (IndexingComponents components = new IndexingComponents(config)) {
      for (String format : List.of("docx", "odt", "pdf")) {
        Path file = corpus.resolve(INVOICE + format);
        assumeTrue(Files.isRegularFile(file), "shared corpus file absent: " + file);
        Reading reading = components.pipeline().read(file);
        assertThat(reading).as(format).isInstanceOf(Reading.Read.class);
        Reading.Read read = (Reading.Read) reading;
        assertThat(read.enrichment().year()).as(format).isEqualTo(Optional.of(2024));
        assertThat(read.cleaned().title()).as(format).isEqualTo("Modèle de facture");
      }
    }
  }
}
