package fr.santekb.indexer.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Symbol-font leftovers, each rule as input → output. */
class GlyphRepairTest {

  @Test
  void privateUseBulletsBecomeBulletsAtLineStartAndVanishElsewhere() {
    assertThat(GlyphRepair.repairPage("\uF0B7 Alerter le SAMU\n  \uF0B7\tFermer les accès"))
        .isEqualTo("• Alerter le SAMU\n  • Fermer les accès");
    assertThat(GlyphRepair.repairPage("voir \uF0E8 annexe")).isEqualTo("voir  annexe");
  }

  @Test
  void aLoneCircumflexOrSlashedOAtLineStartIsABullet() {
    assertThat(GlyphRepair.repairPage("â Circulaire DGS/1102 du 29 septembre 1987"))
        .isEqualTo("• Circulaire DGS/1102 du 29 septembre 1987");
    assertThat(GlyphRepair.repairPage("Ø Circulaire DGS/3E")).isEqualTo("• Circulaire DGS/3E");
    assertThat(GlyphRepair.repairPage("Ø 10 mm")).isEqualTo("Ø 10 mm");
    assertThat(GlyphRepair.repairPage("âge moyen\nà Marseille")).isEqualTo("âge moyen\nà Marseille");
  }

  @Test
  void brokenNumeroSignsBeforeANumberAreRepaired() {
    assertThat(GlyphRepair.repairPage("circulaire DHOS/HFD nê 2002/284 et le décret nê88-622"))
        .isEqualTo("circulaire DHOS/HFD n° 2002/284 et le décret n°88-622");
    assertThat(GlyphRepair.repairPage("une gênê 2 fois")).isEqualTo("une gênê 2 fois");
  }
}
