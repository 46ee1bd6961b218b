package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static List<String> ids(PhraseMatcher m, String text) {
    return m.find(Tokens.of(text)).stream().map(PhraseMatcher.Match::id).toList();
  }

  private static PhraseMatcher matcher(String... idAndPhrase) {
    PhraseMatcher m = new PhraseMatcher();
    for (int i = 0; i < idAndPhrase.length; i += 2) {
      m.add(idAndPhrase[i], idAndPhrase[i + 1], "test");
    }
    return m;
  }

  @Test
  void namesMatchWithoutAccentsOrCaseAsWholeWords() {
    PhraseMatcher m = matcher("mentale", "santé mentale");
    assertThat(ids(m, "La SANTE MENTALE et la Santé Mentale")).containsExactly("mentale", "mentale");
    assertThat(ids(m, "santé mentales")).isEmpty();
    assertThat(ids(m, "la santé-mentale")).containsExactly("mentale");
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    PhraseMatcher m = matcher("ars", "ARS", "aphm", "AP-HM");
    assertThat(ids(m, "l’ARS et l'AP-HM")).containsExactly("ars", "aphm");
    assertThat(ids(m, "Ars-en-Ré, ars, Ars, ap-hm")).isEmpty();
  }

  @Test
  void aFinalStarMatchesAWordPrefix() {
    PhraseMatcher m = matcher("addictions", "addict*", "tabac", "mois sans tab*");
    assertThat(ids(m, "Addictions, addictologie, addict, le Mois sans tabac"))
        .containsExactly("addictions", "addictions", "addictions", "tabac");
    assertThat(ids(m, "une adduction d'eau")).isEmpty();
  }

  @Test
  void theLongestPhraseWinsAtEachPosition() {
    PhraseMatcher m = matcher("cls", "contrat local de santé", "clsm",
        "contrat local de santé mentale");
    assertThat(ids(m, "un contrat local de santé mentale puis un contrat local de santé"))
        .containsExactly("clsm", "cls");
  }

  @Test
  void phrasesDoNotRunAcrossSentencesOrBrackets() {
    PhraseMatcher m = matcher("spf", "santé publique France");
    assertThat(ids(m, "de santé publique. France Travail")).isEmpty();
    assertThat(ids(m, "de santé publique (France)")).isEmpty();
    assertThat(ids(m, "Santé publique\nFrance")).containsExactly("spf");
  }

  @Test
  void badPhrasesFailWithTheirSource() {
    PhraseMatcher m = new PhraseMatcher();
    assertThatThrownBy(() -> m.add("x", "ab*", "themes.tsv:7"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("themes.tsv:7");
    assertThatThrownBy(() -> m.add("x", " - ", "themes.tsv:8"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("themes.tsv:8");
  }
}
