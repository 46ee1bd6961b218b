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
    // a title in the plural names a topic: the ARS's page on the contracts is a web page
    assertThat(type("txt", "Contrats locaux de santé", "Le contrat local de santé (CLS) est un "
        + "engagement. Corps de texte")).isEqualTo("page-web");
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
  void plainTextIsAWebPageByDefaultUnlessItSaysWhatItIs() {
    assertThat(type("txt", "Ateliers santé ville", "Les ASV sont une démarche."))
        .isEqualTo("page-web");
    assertThat(type("txt", "Rapport d'activité 2023", "")).isEqualTo("rapport");
    // a JSONL record's default format decides nothing
    assertThat(type("", "Ateliers santé ville", "Les ASV sont une démarche."))
        .isEqualTo("autre");
  }

  @Test
  void webFurnitureInTheOpeningMakesAWebPageWhateverTheFormat() {
    assertThat(type("doc", "9.6. Associations", "INAVEM, 1 rue du Pré. Attention, en cliquant "
        + "sur ce lien, vous quittez le site du Ministère.")).isEqualTo("page-web");
    assertThat(type("doc", "9.6. Associations", "INAVEM, 1 rue du Pré.")).isEqualTo("autre");
  }

  @Test
  void anInterventionSheetIsAGuideEvenForAPlan() {
    assertThat(type("pdf", "SAMU 67 – Centre 15 Fiche d'intervention PPI Bayer", ""))
        .isEqualTo("guide");
    assertThat(type("pdf", "PPI Bayer", "")).isEqualTo("plan");
    assertThat(type("pdf", "Traitement initial", "Les fiches suivantes détaillent le "
        + "traitement.")).isEqualTo("guide");
  }

  @Test
  void aTableOfContentsMakesAReportWhenNothingElseDecides() {
    assertThat(type("pdf", "Zone de chalandise", "Zone de chalandise jcb 12 juillet 2015 "
        + "Contents Codes postaux d'Alsace 2")).isEqualTo("rapport");
    assertThat(type("pdf", "Zone de chalandise", "Zone de chalandise jcb 12 juillet 2015"))
        .isEqualTo("autre");
  }

  @Test
  void aDataFormatSpecificationIsATable() {
    // « RPU National V2006.pdf »: the national RPU format, tag by tag
    assertThat(type("pdf", "Résumé de Passage aux Urgences (RPU)", "Ce RPU représente un format "
        + "de données à transmettre. FORMAT RPU NATIONAL BALISE FORMAT DEFINITION"))
        .isEqualTo("tableau");
    assertThat(type("pdf", "Résumé de Passage aux Urgences (RPU)", "Ce RPU représente un "
        + "consensus à transmettre.")).isEqualTo("autre");
  }

  @Test
  void sidecarTypesResolveByIdLabelOrTitleWords() {
    assertThat(types.resolve("Présentation")).contains("presentation");
    assertThat(types.resolve("compte-rendu")).contains("compte-rendu");
    assertThat(types.resolve("Rapport annuel")).contains("rapport");
    assertThat(types.resolve("xyz")).isEmpty();
  }
}
