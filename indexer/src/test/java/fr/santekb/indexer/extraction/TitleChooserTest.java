package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleChooserTest {

  @ParameterizedTest(name = "metadata title \"{0}\" is meaningful: {1}")
  @CsvSource(delimiter = '|', value = {
      "Contrat local de santé de Sélestat 2021-2025 | true",
      "Action n°1                                   | true",
      "Séminaire PF/ Mars 2014                      | true",
      "Microsoft Word - CLS_Selestat.doc            | false",
      "untitled                                     | false",
      "Sans titre                                   | false",
      "Diapositive 1                                | false",
      "Présentation PowerPoint                      | false",
      "Document1                                    | false",
      "Feuil1                                       | false",
      "Sheet 2                                      | false",
      "image1.png                                   | false",
      "rapport2014_V4                               | false",
      "Copie de SPE_Affiche_ImpressionA3            | false",
      "C:\\WINDOWS\\Bureau\\bio\\cipro.rtf 1        | false",
      "Santepsy.etudiant.gouv.fr                    | false",
      "---                                          | false",
      "ab                                           | false"})
  void rejectsDefaultsAndFileNames(String title, boolean meaningful) {
    assertThat(TitleChooser.isMeaningful(title)).isEqualTo(meaningful);
  }

  @ParameterizedTest(name = "{0} | {1} | {2} | {3} -> {4}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // metadata title | first heading | text | file name | chosen title
      "Plan régional de santé | Préambule | x | prs.pdf | Plan régional de santé",
      "Diapositive 1 | Axe 2 : santé mentale | x | a.pptx | Axe 2 : santé mentale",
      "null | null | '\n\nAction n°1 :  \nLimiter le sinistre' | a.doc | Action n°1",
      "'' | null | '# Fiche action\n\ntexte' | fiche.md | Fiche action",
      "null | null | '1 2 3' | Fiche_methode_taux.odt.docx | Fiche methode taux",
      "untitled | null | '' | rapport_2014.html | rapport 2014",
      "'Traitement initial\u0007 ' | null | x | t.pdf | Traitement initial",
      // a short file name repeated as metadata title says nothing: the text's title line wins
      "fiche1 | null | 'Fiche N°1\nLe plan variole' | fiche1.pdf | Fiche N°1",
      // a one-word heading gives way to a title line of several words
      "null | CIRCULAIRE | 'Circulaire du 3 mai 2002\ntexte' | c.pdf | Circulaire du 3 mai 2002",
      // never a signature, a sentence's fragment or a page number
      "null | null | 'E Couty, Directeur des soins\nGuide national' | g.pdf | Guide national",
      "null | null | 'est la plateforme du\nSanté Psy Étudiant' | f.pdf | Santé Psy Étudiant",
      "null | null | 'Santé Psy Étudiant est un dispositif du\nMal-être étudiant' | f.pdf "
          + "| Mal-être étudiant",
      "null | Accueil hospitalier 60 | x | h.pdf | Accueil hospitalier",
      // a one-word metadata title gives way to a title line; a version stamp is no title
      "CLS | null | 'Contrat Local de Santé\nde la Communauté' | d.pdf | Contrat Local de Santé",
      "null | null | 'Version validée en COTECH du 20.01.20\nPlan d''actions 2019' | p.pdf "
          + "| Plan d'actions 2019"})
  void fallsBackFromMetadataToHeadingToFirstLineToFileName(String metadata, String heading,
      String text, String fileName, String expected) {
    assertThat(TitleChooser.choose(metadata, Optional.ofNullable(heading), text, fileName))
        .isEqualTo(expected);
  }

  @Test
  void longFirstLineIsASentenceNotATitle() {
    String sentence = "Le présent contrat ".repeat(10);
    assertThat(TitleChooser.choose(null, Optional.empty(), sentence, "cls_selestat.pdf"))
        .isEqualTo("cls selestat");
  }

  @Test
  void anOpaqueFileNameGivesWayToTheOpeningWordsOfTheText() {
    String text = "Pour décliner les priorités nationales et régionales en matière de santé qui "
        + "relèvent de la compétence de l’État, la Ville a signé. Suite du texte.";
    assertThat(TitleChooser.choose(null, Optional.empty(), text, "000_8c19fce57eb3e8e4.txt"))
        .isEqualTo("Pour décliner les priorités nationales et régionales en matière de santé qui "
            + "relèvent de…");
    assertThat(TitleChooser.isOpaque("000 8c19fce57eb3e8e4")).isTrue();
    assertThat(TitleChooser.isOpaque("cls selestat")).isFalse();
  }

  @Test
  void anOfficialTextIsTitledByItsHeadingNotItsLetterhead() {
    String circular = """
        MINISTERE DE L’EMPLOI ET DE LA SOLIDARITE

        LA MINISTRE DE L’EMPLOI ET DE LA SOLIDARITE

        CIRCULAIRE DHOS/HFD N° 2002/284 du 3 mai 2002 RELATIVE A L’ORGANISATION
        DU SYSTEME HOSPITALIER EN CAS D’AFFLUX DE VICTIMES

        Date d’application : immédiate
        """;
    assertThat(TitleChooser.choose("", Optional.empty(), circular, "circ_020503.pdf"))
        .isEqualTo("CIRCULAIRE DHOS/HFD N° 2002/284 du 3 mai 2002 RELATIVE A L’ORGANISATION "
            + "DU SYSTEME HOSPITALIER EN CAS D’AFFLUX DE VICTIMES");
    String split = """
        PREMIER MINISTRE

        CIRCULAIRE

        relative à la doctrine nationale d’emploi

        n° 700/SGDN/PSE/PPS du 26 avril 2002

        - 1 -
        CIRCULAIRE relative à la doctrine nationale d’emploi
        """;
    assertThat(TitleChooser.officialTitle(split)).contains(
        "CIRCULAIRE relative à la doctrine nationale d’emploi n° 700/SGDN/PSE/PPS du 26 avril 2002");
    // « Circulaire » alone, or in running text, is no title.
    assertThat(TitleChooser.officialTitle("Circulaire\n\nTexte.")).isEmpty();
    assertThat(TitleChooser.officialTitle("Selon la circulaire de 2002, rien.")).isEmpty();
  }

  @Test
  void aSignatureIsNoTitleEvenInTheMetadata() {
    assertThat(TitleChooser.choose("E Couty, Directeur de l’hospitalisation et de l’organisation "
        + "des soins (DHOS)", () -> Optional.of("INTERVENTION MEDICALE EN CAS D’EVENEMENT"),
        Optional.empty(), "texte", "guide_nucleaire.PDF"))
        .isEqualTo("INTERVENTION MEDICALE EN CAS D’EVENEMENT");
  }

  @Test
  void aDecksEventLineGivesWayToTheTalksTitle() {
    String slide = "5ème Réunion FEDORU – Paris 10 octobre 2014\n\n"
        + "Logiciels utilisés pour la transmission des RPU\n\nJ.C. Bartier (RESURAL)";
    assertThat(TitleChooser.choose(null, Optional.empty(), slide, "Logiciels_RPU.pptx"))
        .isEqualTo("Logiciels utilisés pour la transmission des RPU");
    assertThat(TitleChooser.choose("Séminaire PF/ Mars 2014", Optional.empty(),
        "COSUI RPU du 19 juin 2014\n\nEtat des lieux du parc logiciel", "Etude.ppt"))
        .isEqualTo("Etat des lieux du parc logiciel");
    // outside a deck, a meeting's name with its date is a fine title (minutes)
    assertThat(TitleChooser.choose(null, Optional.empty(), slide, "reunion.pdf"))
        .isEqualTo("5ème Réunion FEDORU – Paris 10 octobre 2014");
  }

  @Test
  void aHeadingListedInTheTableOfContentsIsASectionsNotTheTitle() {
    String text = "TRAME COMMUNE INTER-RÉGIONALE\n\nSommaire\nLA PAGE FEDORU 3\n"
        + "LE MOT DU PRÉSIDENT 3\nQualité des données 6\n\nLA PAGE FEDORU\ntexte\n"
        + "LE MOT DU PRÉSIDENT\ntexte";
    assertThat(TitleChooser.choose(null, Optional.of("LA PAGE FEDORU"), text, "trame.docx"))
        .isEqualTo("TRAME COMMUNE INTER-RÉGIONALE");
    assertThat(TitleChooser.listedInContents("LA PAGE FEDORU", text)).isTrue();
    assertThat(TitleChooser.listedInContents("Qualité des données", text)).isFalse();
    assertThat(TitleChooser.choose(null, Optional.of("Le mot du président"),
        "Préambule de la trame\n\nLe mot du président\ntexte", "trame.docx"))
        .isEqualTo("Le mot du président");
  }

  @Test
  void aPageNumberBetweenDashesInARunningHeaderIsDropped() {
    assertThat(TitleChooser.choose(null, Optional.empty(),
        "Fiche Afssaps : Charbon - 1 – Version 3 ; 8/11/2001\n\nFiche thérapeutique",
        "charbon.pdf")).isEqualTo("Fiche Afssaps : Charbon – Version 3 ; 8/11/2001");
  }

  @Test
  void aSpreadsheetIsTitledByItsFirstCellOnly() {
    String cells = "n.inf1an\n\nnombre\n\nAge strictement inférieur à 1 an\n";
    assertThat(TitleChooser.choose(null, Optional.empty(), cells, "Dictionnaire.ods"))
        .isEqualTo("Dictionnaire");
    assertThat(TitleChooser.choose(null, Optional.empty(), "Liste des services\n\nnom\n",
        "l.xlsx")).isEqualTo("Liste des services");
  }

  @Test
  void aDecksFirstSlideTitleComesFirstUnlessItIsAnEventLine() {
    assertThat(TitleChooser.choose("Analyses préliminaires",
        () -> Optional.of("Analyse des RPU selon le logiciel"), Optional.empty(),
        "Méthode : extraction des RPU", "RPU_logiciels.pptx"))
        .isEqualTo("Analyse des RPU selon le logiciel");
    assertThat(TitleChooser.choose(null,
        () -> Optional.of("5ème Réunion FEDORU – Paris 10 octobre 2014"), Optional.empty(),
        "5ème Réunion FEDORU – Paris 10 octobre 2014\nLogiciels utilisés pour les RPU",
        "Logiciels.odp")).isEqualTo("Logiciels utilisés pour les RPU");
  }

  @Test
  void theFirstSheetOfACollectionGivesWayToTheFileName() {
    assertThat(TitleChooser.choose("Action n°1", Optional.empty(), "Action [A1] :\nLimiter",
        "Fiches action PPI Bayer.doc")).isEqualTo("Fiches action PPI Bayer");
    assertThat(TitleChooser.choose(null, Optional.of("La Gendarmerie"), "La Gendarmerie\ntexte",
        "Fiches reflexe PPI Bayer.doc")).isEqualTo("Fiches reflexe PPI Bayer");
    // the collection's own title stays, and a single sheet keeps its title
    assertThat(TitleChooser.choose("Fiches réflexes Piratome", Optional.empty(), "x",
        "fiches_reflexe_piratome.doc")).isEqualTo("Fiches réflexes Piratome");
    assertThat(TitleChooser.choose("Action n°1", Optional.empty(), "x", "action1.doc"))
        .isEqualTo("Action n°1");
  }

  @Test
  void aTitleInAnotherScriptIsATitleNotAPlaceholder() {
    assertThat(TitleChooser.isMeaningful("أنا طالب، أواجه صعوبات مؤقتة")).isTrue();
    assertThat(TitleChooser.isMeaningful("— • —")).isFalse();
    // the Arabic flyer: its cover's headline, the comma a right-to-left line put first dropped
    assertThat(TitleChooser.choose("Copie de SPE_Affiche_ImpressionA3",
        () -> Optional.of("،أنا طالب أواجه صعوبات مؤقتة"), Optional.empty(), "القلق",
        "flyer_student_ar.pdf")).isEqualTo("أنا طالب أواجه صعوبات مؤقتة");
  }

  @Test
  void aMetadataTitleTheTextDoesNotPrintYieldsToTheCover() {
    String sheet = "Santé Psy Étudiant .\nJe suis désormais psychologue partenaire\n"
        + "L’université établit ma convention";
    assertThat(TitleChooser.printedIn("Je veux devenir psycholgoue partenaire", sheet)).isFalse();
    assertThat(TitleChooser.choose("Je veux devenir psycholgoue partenaire",
        () -> Optional.of("Santé Psy Étudiant ."), Optional.empty(), sheet, "parcours.pdf"))
        .isEqualTo("Santé Psy Étudiant");
    // printed, the metadata title comes before the cover; without a cover it is still taken
    assertThat(TitleChooser.printedIn("Je suis désormais psychologue partenaire", sheet)).isTrue();
    assertThat(TitleChooser.choose("Je suis désormais psychologue partenaire",
        () -> Optional.of("Santé Psy Étudiant"), Optional.empty(), sheet, "parcours.pdf"))
        .isEqualTo("Je suis désormais psychologue partenaire");
    assertThat(TitleChooser.choose("Je veux devenir psycholgoue partenaire", Optional.empty(),
        sheet, "parcours.pdf")).isEqualTo("Je veux devenir psycholgoue partenaire");
  }

  @Test
  void aLetterheadIsNoTitleNorIsAMetadataTitleThatRepeatsTheFileName() {
    String cover = """
        Société Française de Médecine d'Urgence
        Président : Patrick Goldstein

        MINISTERE DE LA SANTE
        ET DES SOLIDARITES

        DIRECTION DE L'HOSPITALISATION
        ET DE L'ORGANISATION DES SOINS

        Résumé de Passage aux Urgences (RPU)

        Juin 2006
        """;
    assertThat(TitleChooser.choose("RPU National V2006",
        () -> Optional.of("Société Française de Médecine d'Urgence"), Optional.empty(), cover,
        "RPU National V2006.pdf")).isEqualTo("Résumé de Passage aux Urgences (RPU)");
    // with nothing better in the text, the metadata title that repeats the name is kept
    assertThat(TitleChooser.choose("RPU National V2006", Optional.empty(),
        "La production d’un résumé de passage aux urgences est essentielle pour tous.",
        "RPU National V2006.pdf")).isEqualTo("RPU National V2006");
  }

  @Test
  void aMapsLegendHasNoTitleLine() {
    String legend = "Codes postaux\n\nLimites départementales\n\nLimites régionales\n\n"
        + "Services d'urgences\n\nHéli-SMUR\n\nSMUR\n\nSAMU\n\n67200\n67201\n\n"
        + "© FEDORU 2015\n\ncf. encadré\n\n68100\n";
    assertThat(TitleChooser.choose("Mise en page", Optional.empty(), legend,
        "offre_soins_alsace.pdf")).isEqualTo("offre soins alsace");
    // one sentence is enough for a text's lines to be read as titles again
    assertThat(TitleChooser.choose(null, Optional.empty(), "Carte des urgences\n"
        + "Les services d'urgences de la région en 2015.", "carte.pdf"))
        .isEqualTo("Carte des urgences");
  }

  @Test
  void aListsItemsAndTheLineIntroducingThemAreNoTitle() {
    String page = "Le CLS poursuit deux enjeux majeurs.\nLes orientations du CLS :\n"
        + "  • Promouvoir l’égalité devant la santé\n  • Anticiper le vieillissement\n";
    assertThat(TitleChooser.choose(null, Optional.empty(), page, "orientations_cls.txt"))
        .isEqualTo("orientations cls");
    // a colon alone does not make a lead-in
    assertThat(TitleChooser.choose(null, Optional.empty(), "Les orientations du CLS :\n"
        + "Promouvoir l’égalité devant la santé dès les premiers âges de la vie.", "o.txt"))
        .isEqualTo("Les orientations du CLS");
  }

  @Test
  void theFirstPartOfANumberedSeriesGivesWayToTheFileName() {
    String plan = "Version validée en COTECH du 20.01.20\n\nAxe 1 : Offre et accès aux soins\n\n"
        + "Fiche projet N°1\n\nRenforcer la démographie médicale\ntexte\n\n"
        + "Fiche projet N°2 Renforcer le lien ville – hôpital\n\n"
        + "Axe 2 : Prévention et promotion de la santé\n";
    assertThat(TitleChooser.choose("Microsoft Word - Axe 1_1 demog medicale", Optional.empty(),
        plan, "Plan actions CLS 2019 - 2023.pdf")).isEqualTo("Plan actions CLS 2019 - 2023");
    assertThat(TitleChooser.choose(null, Optional.empty(),
        "ANNEXES\n\nANNEXE 1 Schéma - type Plan Rouge\n\nANNEXE 2 Les différentes zones\n\n"
            + "Le plan rouge est déclenché par le préfet du département.\n",
        "annexe_700.pdf")).isEqualTo("annexe 700");
  }

  @Test
  void underAFileNameThatSaysNothingTheTermTheTextDefinesAndDwellsOnIsTheTitle() {
    String page = "La Ville et l’Agence Régionale de Santé (ARS) ont signé le Contrat Local de "
        + "Santé (CLS). Le CLS poursuit deux enjeux.\nLes orientations du CLS :\n  • Promouvoir\n"
        + "Quatre Ateliers Santé Ville (ASV) existent. Les ASV et le CLS agissent. L’ASV Nord "
        + "et l’ASV Centre. Chaque ASV agit.";
    // ARS, defined first, is used once; CLS (4 uses) and ASV (5) are the page's terms: the first
    assertThat(TitleChooser.choose(null, Optional.empty(), page, "000_8c19fce57eb3e8e4.txt"))
        .isEqualTo("Contrat Local de Santé (CLS)");
    // a term used less than half as often as the most used one is not the page's subject
    assertThat(DefinedTerm.main(page + " Les ASV, les ASV, les ASV, les ASV.").map(
        DefinedTerm.Term::title)).contains("Ateliers Santé Ville (ASV)");
    assertThat(DefinedTerm.name("signé le Contrat Local de Santé ", "CLS"))
        .contains("Contrat Local de Santé");
    assertThat(DefinedTerm.name("et l’Agence Régionale de Santé", "ARS"))
        .contains("Agence Régionale de Santé");
    assertThat(DefinedTerm.name("la ville de Marseille", "CLS")).isEmpty();
    assertThat(DefinedTerm.main("Aucun sigle (ici) ni définition.")).isEmpty();
  }

  @Test
  void aWebPagesTitleNamesTheTermItDefinesNotTheSitesSlogan() {
    String page = "Une agence, pour une meilleure santé\n\nContrats locaux de santé\n\nArticle\n"
        + "Le contrat local de santé (CLS) est un engagement des partenaires.\nLe CLS vise à "
        + "définir les axes.\nEn 2010, le premier CLS de France.\n";
    assertThat(TitleChooser.choose(null, Optional.empty(), page, "003_3dc2d6b04dfac7bf.txt"))
        .isEqualTo("Contrats locaux de santé");
    assertThat(DefinedTerm.spells("Contrats locaux de santé", "CLS")).isTrue();
    assertThat(DefinedTerm.spells("Une agence, pour une meilleure santé", "CLS")).isFalse();
    // the first line stays when it names the term, or when the page defines none
    assertThat(TitleChooser.choose(null, Optional.empty(), "Ateliers santé ville\n\nOutils de "
        + "coordination\n\nLes Ateliers Santé Ville (ASV) agissent. Les ASV.", "004.txt"))
        .isEqualTo("Ateliers santé ville");
    assertThat(TitleChooser.choose(null, Optional.empty(), "Une agence, pour une meilleure santé"
        + "\n\nContrats locaux de santé\n\nLe contrat engage.", "003.txt"))
        .isEqualTo("Une agence, pour une meilleure santé");
    // outside plain text (a web page's extraction), the first title line stays
    assertThat(TitleChooser.choose(null, Optional.empty(), page, "cls.pdf"))
        .isEqualTo("Une agence, pour une meilleure santé");
  }
}
