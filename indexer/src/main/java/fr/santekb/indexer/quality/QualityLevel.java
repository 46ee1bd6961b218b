package fr.santekb.indexer.quality;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A coarse text quality for filtering, from the {@link Quality#score()}: « bonne » from {@value
 * #GOOD_FROM}, « moyenne » from {@value #FAIR_FROM}, « faible » below. The ids are the values of
 * the {@code quality} facet.
 */
public enum QualityLevel {
  GOOD("bonne", "Bonne"),
  FAIR("moyenne", "Moyenne"),
  POOR("faible", "Faible");

  /**
   * Lowest score of a « bonne » text. Clean French prose scores 0.90 to 0.98 (names and acronyms
   * aside, its unknown words are technical terms and typos); see the README for the corpus figures.
   */
  public static final double GOOD_FROM = 0.85;
  /** Lowest score of a « moyenne » text: below, one word in three or more is not French. */
  public static final double FAIR_FROM = 0.65;

  private final String id;
  private final String label;

  QualityLevel(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The level of a score. */
  public static QualityLevel of(double score) {
    return score >= GOOD_FROM ? GOOD : score >= FAIR_FROM ? FAIR : POOR;
  }

  /** The facet value: « bonne », « moyenne », « faible ». */
  public String id() {
    return id;
  }

  /** The display label, capitalised. */
  public String label() {
    return label;
  }

  /** Every facet value, best first. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(QualityLevel::id).toList();
  }

  /** The level with facet value {@code id}, empty when none has it. */
  public static Optional<QualityLevel> fromId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }
}
