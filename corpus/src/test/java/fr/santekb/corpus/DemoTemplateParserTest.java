package fr.santekb.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument.Page;
import fr.santekb.indexer.samples.SampleFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoTemplateParserTest {
  private static final String TEMPLATE = """
      # a comment
      @file fiche-exemple
      @format TXT_CP1252
      @title Une fiche
      @author Moi (fictif)
      @created 2019-05-06
      @meta.dispositif CLS
      @meta.territory Martigues ; 13

      == 2019
      Thème
      Santé mentale, Précarité

      Second paragraphe.
      == Deuxième page
      Texte.
      """;

  @Test
  void parsesHeaderPagesAndMultiLineParagraphsAndAppendsTheFooter() {
    DemoEntry entry = DemoTemplateParser.parse("t", TEMPLATE);
    assertThat(entry.fileName()).isEqualTo("fiche-exemple.txt");
    assertThat(entry.format()).isEqualTo(SampleFormat.TXT_CP1252);
    assertThat(entry.document().title()).isEqualTo("Une fiche");
    assertThat(entry.document().created()).isEqualTo(LocalDate.of(2019, 5, 6));
    assertThat(entry.document().pages()).containsExactly(
        new Page("2019", List.of("Thème\nSanté mentale, Précarité", "Second paragraphe.")),
        new Page("Deuxième page", List.of("Texte.", DemoCorpusGenerator.FOOTER)));
  }

  @Test
  void metaKeysBecomeASidecarWithListsSplitOnSemicolons() {
    Sidecar sidecar = DemoTemplateParser.parse("t", TEMPLATE).sidecar().orElseThrow();
    assertThat(sidecar.dispositifs()).containsExactly("CLS");
    assertThat(sidecar.territories()).containsExactly("Martigues", "13");
    assertThat(sidecar.year()).isEmpty();
    assertThat(SidecarJson.toJson(sidecar)).isEqualTo("""
        {
          "dispositif" : "CLS",
          "territory" : [
            "Martigues",
            "13"
          ]
        }
        """);
  }

  @Test
  void noMetaKeyMeansNoSidecar() {
    String plain = TEMPLATE.replaceAll("(?m)^@meta\\..*\\n", "");
    assertThat(DemoTemplateParser.parse("t", plain).sidecar()).isEqualTo(Optional.empty());
  }

  @Test
  void unknownKeysFormatsAndMissingFieldsFailWithTheirName() {
    assertThatThrownBy(() -> DemoTemplateParser.parse("t", "@colour red\n" + TEMPLATE))
        .hasMessageContaining("@colour");
    assertThatThrownBy(() -> DemoTemplateParser.parse("t", TEMPLATE.replace("TXT_CP1252", "DOC")))
        .hasMessageContaining("DOC");
    assertThatThrownBy(() -> DemoTemplateParser.parse("t", TEMPLATE.replace("@author", "#")))
        .hasMessageContaining("@author");
    assertThatThrownBy(() -> DemoTemplateParser.parse("t", "@file x\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actionPlanGivesOneAxisPageThenTwoPagesPerFiche() {
    String fiche = """
        numero: 1.%d
        axe: 1
        titre: Action %d
        porteur: CCAS
        pilote: Coordinatrice
        public: Tous
        lieu: Martigues
        contexte: Constat.
        objectif: Objectif.
        operationnels: a ; b
        actions: x ; y ; z
        partenaires: ARS PACA ; ATMO Sud
        calendrier: 2016
        financement: FIR
        indicateurs: i1 ; i2
        """;
    String data = "axe: 1 | Premier axe | Présentation.\n---\n"
        + String.format(Locale.ROOT, fiche, 1, 1)
        + "---\n" + String.format(Locale.ROOT, fiche, 2, 2) + "note: Une note.\n";
    List<Page> pages = ActionPlanPages.render("plan", data);
    assertThat(pages).extracting(Page::heading).containsExactly(
        "Axe stratégique 1 — Premier axe",
        "Fiche action n° 1.1 — Action 1", "Fiche action n° 1.1 (suite) — Action 1",
        "Fiche action n° 1.2 — Action 2", "Fiche action n° 1.2 (suite) — Action 2");
    assertThat(pages.get(2).paragraphs())
        .contains("1. x", "3. z", "Partenaire de l'action : ARS PACA ; ATMO Sud")
        .doesNotContain("Une note.");
    assertThat(pages.get(4).paragraphs()).endsWith("Une note.");
    assertThat(pages.get(0).paragraphs()).contains("- Fiche action n° 1.2 : Action 2");

    assertThatThrownBy(() -> ActionPlanPages.render("plan", data.replace("porteur: CCAS\n", "")))
        .hasMessageContaining("porteur");
    assertThatThrownBy(() -> ActionPlanPages.render("plan", data.replace("axe: 1\n", "axe: 9\n")))
        .hasMessageContaining("axe 9");
  }
}
