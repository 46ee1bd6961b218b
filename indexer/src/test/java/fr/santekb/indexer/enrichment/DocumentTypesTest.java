package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTypesTest {
  private final DocumentTypes types = TestFixtures.VOCABULARIES.types();

  private String type(String format, String title, String opening) {
    return types.classify(format, Tokens.of(title), Tokens.of(opening), false);
  }

  @Test
  void anActionRecordIsAlwaysAFicheAction() {
    assertThat(types.classify("pptx", Tokens.of("Guide"), Tokens.of(""), true))
        .isEqualTo("fiche-action");
  }

  @Test
  void slideAndSpreadsheetFormatsDecide() {
    assertThat(type("pptx", "Contrat local de santé", "")).isEqualTo("presentation");
    assertThat(type("odp", "", "")).isEqualTo("presentation");
    assertThat(type("ods", "Rapport", "")).isEqualTo("tableau");
  }

  @Test
  void titlesDecideInPriorityOrder() {
    assertThat(type("pdf", "Guide pour élaborer un contrat local de santé", "")).isEqualTo("guide");
    assertThat(type("docx", "Trame de fiche action CLS", "")).isEqualTo("modele");
    assertThat(type("pdf", "Rapport d'évaluation du CLS", "")).isEqualTo("rapport");
    assertThat(type("pdf", "Contrat local de santé de Martigues 2019-2023", ""))
        .isEqualTo("contrat");
    assertThat(type("html", "Compte rendu du COPIL", "")).isEqualTo("compte-rendu");
  }

  @Test
  void theOpeningDecidesWhenTheTitleDoesNot() {
    assertThat(type("pdf", "cls_martigues", "Entre les soussignés : la Ville, l'ARS"))
        .isEqualTo("contrat");
  }

  @Test
  void htmlIsAWebPageByDefaultAndAnythingElseIsOther() {
    assertThat(type("html", "Accueil", "Bienvenue")).isEqualTo("page-web");
    assertThat(type("pdf", "scan0001", "Bienvenue")).isEqualTo("autre");
  }

  @Test
  void sidecarTypesResolveByIdLabelOrTitleWords() {
    assertThat(types.resolve("Présentation")).contains("presentation");
    assertThat(types.resolve("compte-rendu")).contains("compte-rendu");
    assertThat(types.resolve("Rapport annuel")).contains("rapport");
    assertThat(types.resolve("xyz")).isEmpty();
  }
}
