package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.PdfCoverTitle.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cover title: the first run of lines in the largest type, when it stands out. */
class PdfCoverTitleTest {

  @Test
  void theFirstRunOfLinesInTheLargestTypeIsTheTitle() {
    List<Line> page = List.of(new Line("Ministère de la santé", 10),
        new Line("Vous êtes médecin généraliste", 24), new Line("et vous êtes consulté ?", 24),
        new Line("Le dispositif permet d'orienter les étudiants vers un psychologue.", 10),
        new Line("Encore un titre", 24));
    assertThat(PdfCoverTitle.title(page))
        .contains("Vous êtes médecin généraliste et vous êtes consulté ?");
  }

  @Test
  void aPageSetInOneSizeHasNoCoverTitle() {
    assertThat(PdfCoverTitle.title(List.of(new Line("Circulaire du 3 mai 2002", 11),
        new Line("relative à l'organisation du système hospitalier", 11)))).isEmpty();
    assertThat(PdfCoverTitle.title(List.of())).isEmpty();
  }

  @Test
  void theSharedFlyerGetsItsHeadlineAsTitle() {
    ExtractedDocument doc;
    try (TikaExtractor extractor = new TikaExtractor(
        fr.santekb.indexer.config.ExtractionSettings.defaults())) {
      doc = ((Extraction.Extracted) extractor.extract(SharedCorpus.document(
          "betagouv__sante-psy/static/documents/flyer_medecins.pdf"))).document();
    }
    assertThat(doc.title()).startsWith("Vous êtes médecin généraliste");
  }
}
