package fr.santekb.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.enrichment.Region;
import fr.santekb.indexer.enrichment.Vocabularies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed query made regular, folding, elisions and acronym rewriting, as tables. */
class QueryTextTest {
  static final FrenchAnalysis ANALYSIS =
      FrenchAnalysis.load(ConfigLoader.locate(null).resolve("analysis"));
  static final List<Region> REGIONS =
      Vocabularies.load(ConfigLoader.load(ConfigLoader.locate(null))).geography().regions();

  private static String normalise(String text) {
    return QueryText.normalise(text, ANALYSIS);
  }

  @Test
  void operatorWordsBecomeSymbolsOnlyWhenWrittenInCapitalsAndAlone() {
    assertThat(normalise("nutrition OR obésité")).isEqualTo("nutrition | obésité");
    assertThat(normalise("santé OU social")).isEqualTo("santé | social");
    assertThat(normalise("santé NOT mentale")).isEqualTo("santé -mentale");
    assertThat(normalise("santé SAUF mentale")).isEqualTo("santé -mentale");
    assertThat(normalise("ou or ORS OUTIL")).isEqualTo("ou or ORS OUTIL");
  }

  @Test
  void aDecomposedAccentIsComposed() {
    assertThat(normalise("sante\u0301 mentale")).isEqualTo("santé mentale");
    assertThat(TextKeys.foldLower("sante\u0301")).isEqualTo("sante");
  }

  @Test
  void anElidedArticleFollowedByASpaceIsJoinedToItsWord() {
    assertThat(normalise("l' hôpital")).isEqualTo("l'hôpital");
    assertThat(normalise("qu’ il")).isEqualTo("qu'il");
    assertThat(normalise("d’urgence")).isEqualTo("d'urgence");
    assertThat(normalise("l\u02BChôpital pré\u00ADvention")).isEqualTo("l'hôpital prévention");
    assertThat(normalise("plan' blanc")).isEqualTo("plan' blanc");
  }

  @Test
  void foldingIgnoresCaseAccentsLigaturesAndElisions() {
    assertThat(TextKeys.foldLower("Œuvre Évry Côte ﬁche")).isEqualTo("oeuvre evry cote fiche");
    assertThat(ANALYSIS.withoutElision("L’Hôpital")).isEqualTo("Hôpital");
    assertThat(ANALYSIS.withoutElision("qu'il")).isEqualTo("il");
    assertThat(ANALYSIS.withoutElision("aujourd'hui")).isEqualTo("aujourd'hui");
  }

  @Test
  void acronymsAndExpansionsAreRewrittenBothWaysOutsideQuotes() {
    EquivalentsRewriter rewriter = new EquivalentsRewriter(ANALYSIS, REGIONS);
    assertThat(rewriter.rewrite("CPTS")).isEqualTo("(CPTS | \"communauté professionnelle "
        + "territoriale de santé\")");
    assertThat(rewriter.rewrite("la communauté professionnelle territoriale de santé"))
        .isEqualTo("la (\"communauté professionnelle territoriale de santé\" | CPTS)");
    assertThat(rewriter.rewrite("Atelier Sante Ville")).isEqualTo("(\"Atelier Sante Ville\" | ASV)");
    assertThat(rewriter.rewrite("\"CLS\" -CLS cls")).isEqualTo("\"CLS\" -CLS (cls | \"contrat "
        + "local de santé\")");
    assertThat(rewriter.rewrite("CLS PACA")).isEqualTo("(CLS | \"contrat local de santé\") "
        + "(PACA | \"Provence-Alpes-Côte d'Azur\" | \"région Sud\")");
    assertThat(rewriter.rewrite("Provence-Alpes-Côte d'Azur"))
        .isEqualTo("(\"Provence-Alpes-Côte d'Azur\" | PACA | \"région Sud\")");
    assertThat(rewriter.rewrite("\"résumé de passage aux urgences\" \"plan blanc\""))
        .isEqualTo("(\"résumé de passage aux urgences\" | RPU) \"plan blanc\"");
  }

  @Test
  void aRégionMatchesItsOtherNamesAndTheFormerRégionsItMerged() {
    EquivalentsRewriter rewriter = new EquivalentsRewriter(ANALYSIS, REGIONS);
    // An ARS named by its région finds it named another way, or by a région it merged.
    assertThat(rewriter.rewrite("ARS Grand Est")).isEqualTo("(ARS | \"agence régionale de santé\") "
        + "(\"Grand Est\" | Alsace | Lorraine | \"Champagne-Ardenne\")");
    assertThat(rewriter.rewrite("agence régionale de santé région Sud")).isEqualTo(
        "(\"agence régionale de santé\" | ARS) (\"région Sud\" | \"Provence-Alpes-Côte d'Azur\""
            + " | Paca)");
    assertThat(rewriter.rewrite("occitanie")).isEqualTo(
        "(occitanie | \"Midi-Pyrénées\" | \"Languedoc-Roussillon\")");
    // A former région is a part of today's: it does not stand for the whole.
    assertThat(rewriter.rewrite("ARS Alsace")).isEqualTo("(ARS | \"agence régionale de santé\") "
        + "Alsace");
    // Quoted, excluded or prefixed words stay as typed; a région with one name has nothing to add.
    assertThat(rewriter.rewrite("\"Occitanie\" -Occitanie Occitanie* Bretagne"))
        .isEqualTo("\"Occitanie\" -Occitanie Occitanie* Bretagne");
  }

  @Test
  void theShareOfRequiredWordsGrowsWithTheQuery() {
    assertThat(QueryBuilder.required(1)).isEqualTo(1);
    assertThat(QueryBuilder.required(2)).isEqualTo(2);
    assertThat(QueryBuilder.required(3)).isEqualTo(2);
    assertThat(QueryBuilder.required(5)).isEqualTo(4);
    assertThat(QueryBuilder.required(9)).isEqualTo(6);
  }
}
