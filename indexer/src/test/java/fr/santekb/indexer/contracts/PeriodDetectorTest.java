package fr.santekb.indexer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodDetectorTest {
  private final PeriodDetector detector = new PeriodDetector();

  @Test
  void aRangeInTheTitleWins() {
    assertThat(detector.find("Plan actions CLS 2019 - 2023", "Le CLS 2015-2018 était le premier."))
        .contains(new Period(2019, 2023));
  }

  @Test
  void aRangeOnTheCoverCounts() {
    assertThat(detector.find("Contrat Local de Santé", "Contrat Local de Santé\nde\nLa Communauté "
        + "de Communes\nCoeur Avesnois\n\n2025/2028\n\n" + "x ".repeat(400) + "2010-2012"))
        .contains(new Period(2025, 2028));
  }

  @Test
  void aRangeJustAfterAContractNameCounts() {
    String text = "x ".repeat(400) + "Consulter le Contrat Local de Santé (CLS) de la Ville de "
        + "Marseille 2024-2026. Le Bilan Santé Marseille 2012 et le PRS 2018-2023.";
    assertThat(detector.find("Santé publique", text)).contains(new Period(2024, 2026));
  }

  @Test
  void aRangeFarFromAnyContractNameIsNoPeriod() {
    String text = "x ".repeat(400) + "Le rapport d'activité couvre 2014-2019 et les urgences.";
    assertThat(detector.find("Rapport", text)).isEmpty();
  }

  @Test
  void aDurationCountsFromTheSignature() {
    String text = "x ".repeat(400) + "Le présent contrat est conclu pour une durée de trois ans. "
        + "Fait à Angoulême, le 12 mars 2019";
    assertThat(detector.find("Contrat", text)).contains(new Period(2019, 2022));
  }

  @Test
  void implausibleRangesAreIgnored() {
    assertThat(detector.find("Rapport 2001-2030 et 1985-1987", "")).isEqualTo(Optional.empty());
    assertThat(detector.find("Période 2023-2019", "")).isEmpty();
  }

  @Test
  void aPeriodCoversItsYears() {
    assertThat(new Period(2025, 2028).covers(2025)).isTrue();
    assertThat(new Period(2025, 2028).covers(2028)).isTrue();
    assertThat(new Period(2025, 2028).covers(2029)).isFalse();
  }
}
