package fr.santekb.indexer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.ExtractedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureFinderTest {
  private final StructureFinder finder = new StructureFinder();

  private static String summary(Section s) {
    return s.kind() + " " + s.number() + " « " + s.title() + " » p." + s.page()
        + (s.parent() == null ? "" : " in " + s.parent());
  }

  @Test
  void axesHoldTheirFichesWithTitlesFromTheNextLineAndPages() {
    List<String> pages = List.of(
        "Axe 1 : Offre et accès aux soins\n\nFiche projet N°1\n\nRenforcer la démographie médicale\n"
            + "et paramédicale\nContexte : peu de médecins.",
        "Fiche projet N°2 Renforcer le lien ville – hôpital\nContexte.",
        "Axe transversal\n\nCommunication\n\nFiche projet N°1\n\nMobilité\nTexte.");
    String text = String.join("\n\n", pages);
    List<Section> sections = finder.find(text, ExtractedDocument.pageStarts(pages));
    assertThat(sections).extracting(StructureFinderTest::summary).containsExactly(
        "axe 1 « Offre et accès aux soins » p.1",
        "fiche 1 « Renforcer la démographie médicale » p.1 in s1",
        "fiche 2 « Renforcer le lien ville – hôpital » p.2 in s1",
        "axe transversal « Communication » p.3",
        "fiche 1 « Mobilité » p.3 in s4");
    Section first = sections.get(1);
    assertThat(text.substring(first.start(), first.end())).startsWith("Fiche projet N°1")
        .contains("peu de médecins").doesNotContain("lien ville");
    Section axe = sections.get(0);
    assertThat(text.substring(axe.start(), axe.end())).contains("lien ville")
        .doesNotContain("Mobilité");
  }

  @Test
  void theTableOfContentsIsSkippedAndArticlesKeepTheirPages() {
    List<String> pages = List.of(
        "SOMMAIRE\nARTICLE 1 : Objet du contrat\nARTICLE 2 : Périmètre\n3\n4",
        "ARTICLE 1 : Objet du contrat\nLe contrat a pour objet la santé.",
        "ARTICLE 2 : Périmètre géographique du contrat\nDeux communautés de communes.");
    List<Section> sections = finder.find(String.join("\n\n", pages),
        ExtractedDocument.pageStarts(pages));
    assertThat(sections).extracting(StructureFinderTest::summary).containsExactly(
        "article 1 « Objet du contrat » p.2",
        "article 2 « Périmètre géographique du contrat » p.3");
  }

  @Test
  void aLoneHeadingOrRunningTextIsNoStructure() {
    assertThat(finder.find("Article 1 : seul\nLe texte cite la fiche action 3 de l'axe 1.",
        new int[0])).isEmpty();
    assertThat(finder.find("Les axes d'amélioration\nAxes d’amélioration\nrien", new int[0]))
        .isEmpty();
  }

  @Test
  void withoutPagesSectionsHaveNoPage() {
    List<Section> sections = finder.find("Article premier - Objet\nTexte\nArticle 2 - Durée\nTexte",
        new int[0]);
    assertThat(sections).extracting(Section::number).containsExactly("1", "2");
    assertThat(sections).extracting(Section::page).containsOnlyNulls();
  }
}
