package fr.santekb.indexer.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repairs cleaning counts, by kind, and that counting leaves the text as it was. */
class RepairCountTest {
  private final TextCleaner cleaner = TextCleaner.standard();

  private Repairs repairsOf(String... pages) {
    TextCleaner.Cleaned cleaned = cleaner.cleanCounting(List.of(pages));
    assertThat(cleaned.pages()).isEqualTo(cleaner.clean(List.of(pages)));
    return cleaned.repairs();
  }

  @Test
  void cleanTextNeedsNoRepair() {
    assertThat(repairsOf("La santé publique.\n\nDeuxième paragraphe.").total()).isZero();
  }

  @Test
  void eachMojibakeSequenceIsOneEncodingRepair() {
    // Ã©, Ã©, â€™, Ã¨
    Repairs r = repairsOf("santÃ© et Ã©ducation, lâ€™accÃ¨s");

    assertThat(r.counts()).containsExactly(Map.entry(RepairKind.ENCODING, 4));
  }

  @Test
  void shiftedFontCharactersAreEncodingRepairs() {
    // õ → ’, ® → é twice, ¯ → è, ï → œ
    Repairs r = repairsOf("Lõexp®rience des ®lus, acc¯s aux soins, mise en ïuvre");

    assertThat(r.count(RepairKind.ENCODING)).isEqualTo(5);
  }

  @Test
  void bulletsGlyphsCutsAndRepeatsAreCountedApart() {
    String repeated = "Ce paragraphe assez long revient deux fois dans le document exporté.";
    Repairs r = repairsOf("\uF0B7 Alerter le SAMU\n\uF0B7 Fermer les accès\ncirculaire nê 2002/284"
        + "\nla santé publi-\nque et la préven-\ntion\n" + repeated, repeated + "\nFin");

    assertThat(r.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(RepairKind.BULLETS, 2,
        RepairKind.GLYPHS, 1, RepairKind.HYPHENATION, 2, RepairKind.DUPLICATES, 1));
    assertThat(r.total()).isEqualTo(6);
  }

  @Test
  void wingdingsBulletsAreCountedOncePerLine() {
    String three = "fUne démarche\nf deux communes\nf 2 écoles\nfdes éléments\nfaire mieux";

    assertThat(repairsOf(three).counts()).containsExactly(Map.entry(RepairKind.BULLETS, 4));
    assertThat(repairsOf(three.substring(three.indexOf("f deux"))).total())
        .as("two lines are no evidence of a bullet font").isZero();
  }

  @Test
  void seed002ReportsItsEncodingRepairs() throws IOException {
    Repairs r = cleaner.cleanCounting(List.of(SeedCleaningTest.seed("002_"))).repairs();

    assertThat(r.count(RepairKind.ENCODING)).isGreaterThan(20);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> new Repairs(Map.of(RepairKind.GLYPHS, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
