package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static String words(Tokens t) {
    return String.join(" ", IntStream.range(0, t.size()).mapToObj(t::exact).toList());
  }

  @Test
  void foldsAccentsAndLigaturesAndKeepsCase() {
    Tokens t = Tokens.of("L’Œuvre de l'ÉTAT à Saint-Mitre ; cœur");
    assertThat(words(t)).isEqualTo("L OEuvre de l ETAT a Saint Mitre coeur");
    assertThat(t.lower(1)).isEqualTo("oeuvre");
  }

  @Test
  void foldsDecomposedAccentsInsideWords() {
    assertThat(words(Tokens.of("sante\u0301 publique"))).isEqualTo("sante publique");
  }

  @Test
  void remembersHyphensAndPhraseBreaks() {
    Tokens t = Tokens.of("Port-de-Bouc - Martigues. Istres (13)\n\nFos");
    assertThat(words(t)).isEqualTo("Port de Bouc Martigues Istres 13 Fos");
    assertThat(t.hyphenBefore(1)).isTrue();
    assertThat(t.hyphenBefore(2)).isTrue();
    assertThat(t.hyphenBefore(3)).isFalse(); // " - " is a dash, not a compound
    assertThat(t.breakBefore(3)).isFalse();
    assertThat(t.breakBefore(4)).isTrue();
    assertThat(t.breakBefore(5)).isTrue();
    assertThat(t.breakBefore(6)).isTrue();
    assertThat(t.unbroken(0, 4)).isTrue();
    assertThat(t.unbroken(3, 5)).isFalse();
  }

  @Test
  void keysIgnoreAccentsCaseHyphensAndSpacing() {
    assertThat(TextKeys.key("  Saint Mitre-les-Remparts ")).isEqualTo(
        TextKeys.key("SAINT-MITRE-LES-REMPARTS"));
    assertThat(TextKeys.key("Provence-Alpes-Côte d’Azur")).isEqualTo("provence alpes cote d azur");
  }
}
