package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.ExtractedDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearDetectorTest {
  private final YearDetector years = new YearDetector(2025);

  private static ActionRecord recordStarting(int year) {
    return new ActionRecord(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.of(year), List.of());
  }

  private Optional<Integer> year(String title, String text, Optional<LocalDate> created,
      Optional<ActionRecord> record) {
    return years.mainYear(TestFixtures.document(title, "pdf", text, created), record);
  }

  @Test
  void aYearTheFirstPageDeclaresAsItsOwnWinsOverDatesAboveIt() {
    // The key figures of 2014, published on 27 August 2015 (chiffres_cles_hus.pdf).
    assertThat(year("Chiffres clés - HUS", "Chiffres clés - HUS\nRESURAL\n27 août 2015\n"
        + "Version mise à jour le: 20/09/2015\nAnnée courante: 2014\n", Optional.empty(),
        Optional.empty())).contains(2014);
    assertThat(year("Bilan", "Bilan\nAnnée de référence 2019", Optional.empty(),
        Optional.empty())).contains(2019);
  }

  @Test
  void aYearInTheTitleWins() {
    ExtractedDocument contract = TestFixtures.document("cls", "pdf", "Signé en 2015.",
        Optional.empty()).withTitle("CLS Martigues 2019-2023");
    assertThat(years.mainYear(contract, Optional.empty())).contains(2019);
  }

  @Test
  void aYearInATitleMadeFromTheFileNameComesAfterTheTextsOwnDates() {
    // « Plan actions CLS 2019 - 2023.pdf », whose first page is dated « 20.01.20 »
    assertThat(year("Plan actions CLS 2019 - 2023", "Version validée en COTECH du 20.01.20\n"
        + "Axe 1 : Offre et accès aux soins", Optional.of(LocalDate.of(2021, 2, 18)),
        Optional.empty())).contains(2020);
    // with no date in the text, the file name's year still comes before the file's date
    assertThat(year("Plan actions CLS 2019 - 2023", "Axe 1 : Offre et accès aux soins",
        Optional.of(LocalDate.of(2021, 2, 18)), Optional.empty())).contains(2019);
  }

  @Test
  void aDateAloneOnALineOfTheOpeningComesBeforeTheFileDate() {
    String cover = "Société Française de Médecine d'Urgence\nPrésident : Patrick Goldstein\n\n"
        + "MINISTERE DE LA SANTE\nET DES SOLIDARITES\n\nRésumé de Passage aux Urgences (RPU)"
        + "\n\nJuin 2006\n\nLa production d’un résumé de passage aux urgences";
    assertThat(year("Résumé de Passage aux Urgences (RPU)", cover,
        Optional.of(LocalDate.of(2007, 6, 18)), Optional.empty())).contains(2006);
    // a date inside a sentence is not the document's date
    assertThat(year("Guide", "Guide\nRédigé\nPour tous\nLe décret du 3 mai 2002 s’applique.",
        Optional.of(LocalDate.of(2007, 6, 18)), Optional.empty())).contains(2007);
  }

  @Test
  void aYearInTheFirstLinesComesBeforeTheRecordStartYear() {
    assertThat(year("fiche", "Contrat Local de Santé\n2024\nPorteur", Optional.empty(),
        Optional.of(recordStarting(2014)))).contains(2024);
    assertThat(year("fiche", "Contrat Local de Santé\nPorteur", Optional.empty(),
        Optional.of(recordStarting(2014)))).contains(2014);
  }

  @Test
  void longFirstLinesAreRunningTextNotTitles() {
    String paragraph = "Depuis 2002, la ville porte des ateliers santé ville " + "x".repeat(150);
    assertThat(year("page", paragraph + "\nSuite", Optional.of(LocalDate.of(2021, 3, 1)),
        Optional.empty())).contains(2021);
  }

  @Test
  void otherwiseTheMostFrequentPlausibleYearOfTheFirstPage() {
    String text = "Bilan\nRapport\nSuite\nEn 2010 et 2012, puis 2012, 2010 et 2012. Code 13500, "
        + "1850, 2099, 3,2015 et 2030.";
    assertThat(year("bilan", text, Optional.empty(), Optional.empty())).contains(2012);
    assertThat(year("bilan", "Aucune année ici. 13500", Optional.empty(), Optional.empty()))
        .isEmpty();
  }

  @Test
  void aYearInAWebAddressDatesNothing() {
    assertThat(year("Les bassins de vie", "Les bassins de vie\nsource : http://www.insee.fr/"
        + "fr/methodes/default.asp?page=zonages/bassin-vie-2012.htm\nLe bassin de vie…",
        Optional.of(LocalDate.of(2015, 8, 19)), Optional.empty())).contains(2015);
  }

  @Test
  void aDateWithATwoDigitYearInTheFirstLinesComesBeforeTheFileDate() {
    assertThat(year("Axe 1", "Version validée en COTECH du 20.01.20\nAxe 1 : Offre de soins",
        Optional.of(LocalDate.of(2021, 2, 18)), Optional.empty())).contains(2020);
    // a version number is no date
    assertThat(year("Axe 1", "Logiciel V1.2.14\nAxe 1 : Offre de soins",
        Optional.of(LocalDate.of(2021, 2, 18)), Optional.empty())).contains(2021);
  }

  @Test
  void theFullDatesOfTheFirstPageComeBeforeTheFileDateWhenTheyAgree() {
    // One invoice model in three formats, created in 2021, 2024 and 2025; its table dates the
    // sessions it bills in 2024 (modele-facturation-sante-psy-etudiant-50.*).
    String invoice = "Modèle de facture\nDate de la séance Nombre de séances Montant TTC\n"
        + "10/01/2024 2 100\n11/01/2024 8 400\nTotal :";
    for (int created : new int[] {2021, 2024, 2025}) {
      assertThat(year("Modèle de facture", invoice, Optional.of(LocalDate.of(created, 6, 18)),
          Optional.empty())).contains(2024);
    }
    assertThat(year("Note", "Note\nDestinataires\nObjet : plan blanc\nParis, le 1er mars 2019",
        Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty())).contains(2019);
    // dates of several years say nothing about the document's own: the file date stands
    assertThat(year("Bilan", "Bilan\nSuite\nSuite\nRéunions du 10/01/2018 et du 3 mai 2019",
        Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty())).contains(2021);
    // a date in a sentence cites an event or a reference (bv_readme.odt, plan_biotox/fiche1.pdf)
    assertThat(year("Bassins de vie", "Bassins de vie\nSuite\nSuite\nLa liste des communes est "
        + "celle donnée par le Code officiel géographique (COG) au 1er janvier 2011.",
        Optional.of(LocalDate.of(2015, 8, 19)), Optional.empty())).contains(2015);
    assertThat(year("Trame", "Trame\nSuite\nSuite\nPopulation au 1er janvier 2014",
        Optional.of(LocalDate.of(2015, 5, 4)), Optional.empty())).contains(2015);
    assertThat(year("Trame", "Trame\nSuite\nSuite\n" + "Texte\n".repeat(YearDetector.FULL_DATE_LINES)
        + "Paris, le 3 mai 2014", Optional.of(LocalDate.of(2015, 5, 4)), Optional.empty()))
        .contains(2015);
    assertThat(year("Note", "Note\nSuite\nSuite\nVu la circulaire n° 700 du 26 avril 2002",
        Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty())).contains(2021);
    // a version number or a reference is no date
    assertThat(year("Note", "Note\nSuite\nSuite\nLogiciel V1.2.2014, réf. 12-05-20191",
        Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty())).contains(2021);
  }
}
