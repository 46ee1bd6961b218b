package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines of an opening that look like titles and are not. */
class OpeningLinesTest {

  @ParameterizedTest(name = "\"{0}\" is a letterhead's line: {1}")
  @CsvSource(delimiter = '|', value = {
      "Société Française de Médecine d'Urgence          | true",
      "MINISTERE DE LA SANTE                            | true",
      "ET DES SOLIDARITES                               | true",
      "DIRECTION DE L'HOSPITALISATION                   | true",
      "Président : Patrick Goldstein                    | true",
      "Agence Régionale de Santé Hauts-de-France        | true",
      "Résumé de Passage aux Urgences (RPU)             | false",
      "Contrat local de santé du Sud Charente           | false",
      "Les sociétés savantes et l'agence                | false",
      "Directives pour l'accueil                        | false",
      "Président du jury                                | false"})
  void tellsALetterheadsLines(String line, boolean letterhead) {
    assertThat(OpeningLines.isLetterhead(line)).isEqualTo(letterhead);
  }

  @ParameterizedTest(name = "\"{0}\" opens a series in \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "Axe 1 : Offre et accès aux soins  | 'Axe 1 : Offre\nAxe 2 : Prévention'       | true",
      "ANNEXE 1 Schéma - type Plan Rouge | 'ANNEXE 1 Schéma\n\nANNEXE 2 Les zones'   | true",
      "Fiche projet N°1                  | 'Fiche projet N°1\nFiche projet N°2 Lien' | true",
      "Fiche N°1                         | 'Fiche N°1\nLe plan variole'              | false",
      "Axe 1 : Offre et accès aux soins  | 'Axe 1 : Offre\nAxes 2 et 3 en annexe'    | false",
      "Axe 12 : Offre                    | 'Axe 12 : Offre\nAxe 2 : Prévention'      | false",
      "Contrat local de santé 2019-2023  | 'Contrat local de santé 2019-2023'        | false"})
  void tellsTheFirstPartOfANumberedSeries(String line, String text, boolean opens) {
    assertThat(OpeningLines.opensSeries(line, text)).isEqualTo(opens);
  }

  @Test
  void tellsListItemsAndTheLineIntroducingThem() {
    List<String> lines = List.of("Les orientations du CLS :", "• Promouvoir l’égalité",
        "- Anticiper le vieillissement", "Consulter le contrat :", "Fin");
    assertThat(OpeningLines.isListItem(lines.get(1))).isTrue();
    assertThat(OpeningLines.isListItem(lines.get(2))).isTrue();
    assertThat(OpeningLines.isListItem("-")).isFalse();
    assertThat(OpeningLines.isListItem("Anti-inflammatoires")).isFalse();
    assertThat(OpeningLines.introducesList(lines, 0)).isTrue();
    assertThat(OpeningLines.introducesList(lines, 3)).isFalse();
    assertThat(OpeningLines.introducesList(lines, 4)).isFalse();
  }

  @Test
  void manyLinesWithoutASentenceAreALegend() {
    String map = "Codes postaux\n67200\n\n67201\nLimites départementales\nLimites régionales\n"
        + "Services d'urgences\nHéli-SMUR\nSMUR\nSAMU\n68100\n© FEDORU 2015\n";
    assertThat(OpeningLines.isLegend(map)).isTrue();
    assertThat(OpeningLines.isLegend(map + "Les services d'urgences de la région Alsace en 2015"))
        .isFalse();
    // a short note of short lines is not a legend
    assertThat(OpeningLines.isLegend("Fiche N°1\nLe plan variole")).isFalse();
  }
}
