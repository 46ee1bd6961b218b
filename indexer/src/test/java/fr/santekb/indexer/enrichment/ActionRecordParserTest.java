package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionRecordParserTest {
  private final ActionRecordParser parser = new ActionRecordParser();

  private static final String RECORD = """
      Atelier santé ville de Port-de-Bouc
      2023
      Porteur de l'action : Ville de Port-de-Bouc
      Thème
      Nutrition (alimentation et activité physique), Santé mentale, Sexualité (contraception, IVG)
      Contexte
      Un quartier prioritaire, des besoins importants.
      Partenaire de l'action
      ARS ; CoDEPS 13 (Comité Départemental d’éducation et de Promotion de la Santé ; antenne) ; CAF
      Année de début de réalisation
      2019
      Commune
      Port-de-Bouc, Martigues
      Niveau territorial de santé
      Martigues
      Catégorisation
      A1
      Développement d'offres de promotion de la santé
      Développement d'offres de promotion de la santé
      """;

  @Test
  void parsesTheLabelledFields() {
    ActionRecord r = parser.parse(RECORD).orElseThrow();
    assertThat(r.title()).contains("Atelier santé ville de Port-de-Bouc");
    assertThat(r.porteur()).contains("Ville de Port-de-Bouc");
    assertThat(r.themes()).containsExactly("Nutrition (alimentation et activité physique)",
        "Santé mentale", "Sexualité (contraception, IVG)");
    assertThat(r.partners()).containsExactly("ARS",
        "CoDEPS 13 (Comité Départemental d’éducation et de Promotion de la Santé ; antenne)", "CAF");
    assertThat(r.communes()).containsExactly("Port-de-Bouc", "Martigues");
    assertThat(r.territorialLevel()).contains("Martigues");
    assertThat(r.startYear()).contains(2019);
    assertThat(r.categories())
        .containsExactly("A1 Développement d'offres de promotion de la santé");
  }

  @Test
  void partnersListedOnePerLineAreSplitToo() {
    String text = RECORD.replace("ARS ; CoDEPS 13 (Comité Départemental d’éducation et de "
        + "Promotion de la Santé ; antenne) ; CAF", "ARS\nCAF");
    assertThat(parser.parse(text).orElseThrow().partners()).containsExactly("ARS", "CAF");
  }

  @Test
  void aReportWithCommonHeadingsIsNotARecord() {
    String report = """
        Rapport d'activité 2022
        Contexte
        Le territoire...
        Description
        Les actions...
        Public
        Tout public
        Commune
        Martigues
        """;
    assertThat(parser.parse(report)).isEqualTo(Optional.empty());
  }

  @Test
  void splitsOnlyOutsideParentheses() {
    assertThat(ActionRecordParser.splitOutsideParentheses("a (b, c), d,, (e", ','))
        .containsExactly("a (b, c)", "d", "(e");
  }
}
