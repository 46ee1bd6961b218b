package fr.santekb.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The typed query made regular, folding, elisions and acronym rewriting, as tables. */
class QueryTextTest {
  static final FrenchAnalysis ANALYSIS =
      FrenchAnalysis.load(ConfigLoader.locate(null).resolve("analysis"));

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
    AcronymRewriter rewriter = new AcronymRewriter(ANALYSIS);
    assertThat(rewriter.rewrite("CPTS")).isEqualTo("(CPTS | \"communauté professionnelle "
        + "territoriale de santé\")");
    assertThat(rewriter.rewrite("la communauté professionnelle territoriale de santé"))
        .isEqualTo("la (\"communauté professionnelle territoriale de santé\" | CPTS)");
    assertThat(rewriter.rewrite("Atelier Sante Ville")).isEqualTo("(\"Atelier Sante Ville\" | ASV)");
    assertThat(rewriter.rewrite("\"CLS\" -CLS cls")).isEqualTo("\"CLS\" -CLS (cls | \"contrat "
        + "local de santé\")");
    assertThat(rewriter.rewrite("CLS PACA")).isEqualTo("(CLS | \"contrat local de santé\") "
        + "(PACA | \"Provence-Alpes-Côte d'Azur\")");
    assertThat(rewriter.rewrite("Provence-Alpes-Côte d'Azur"))
        .isEqualTo("(\"Provence-Alpes-Côte d'Azur\" | PACA)");
    assertThat(rewriter.rewrite("\"résumé de passage aux urgences\" \"plan blanc\""))
        .isEqualTo("(\"résumé de passage aux urgences\" | RPU) \"plan blanc\"");
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
