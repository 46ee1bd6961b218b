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
  void numbersAndWordCloudsAreNotTitles() {
    List<Line> flyer = List.of(new Line("ANXIÉTÉ", 97), new Line("SOLITUDE", 94),
        new Line("MAL-ÊTSRTERESS", 93), new Line("MAL-ÊTRE", 74),
        new Line("Je suis étudiant,", 56), new Line("je rencontre des difficultés passagères.", 56),
        new Line("Je peux bénéficier d'un suivi psychologique,", 37),
        new Line("Santé Psy Étudiant est un dispositif du ministère", 28),
        new Line("de l'Enseignement Supérieur pour répondre au besoin", 28));
    assertThat(PdfCoverTitle.title(flyer))
        .contains("Je suis étudiant, je rencontre des difficultés passagères.");
    List<Line> steps = List.of(new Line("JE SUIS ÉTU D I A N T (E ) ,", 42),
        new Line("JE VEUX BÉNÉFICIER DU DISPOSITIF", 42), new Line("1", 120),
        new Line("2", 120), new Line("Je vérifie que je suis éligible et je consulte", 24),
        new Line("un médecin généraliste pour obtenir une lettre", 24));
    assertThat(PdfCoverTitle.title(steps))
        .contains("JE SUIS ÉTUDIANT (E), JE VEUX BÉNÉFICIER DU DISPOSITIF");
  }

  @Test
  void letterSpacedWordsAreJoinedBack() {
    assertThat(PdfCoverTitle.joinLetterSpacing("R A P P O R T annuel")).isEqualTo("RAPPORT annuel");
    assertThat(PdfCoverTitle.joinLetterSpacing("Plan A et B")).isEqualTo("Plan A et B");
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
