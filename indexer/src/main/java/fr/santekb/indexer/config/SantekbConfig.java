package fr.santekb.indexer.config;

import java.nio.file.Path;

/**
 * The whole configuration, loaded once from {@code config/} and validated at start-up.
 *
 * @param configDir the folder holding santekb.yaml and the analysis, vocabulary and geography files
 * @param extraction extraction limits and switches
 */
public record SantekbConfig(Path configDir, ExtractionSettings extraction) {

  /** Subfolder with stop words, elisions, protected words and acronyms. */
  public Path analysisDir() {
    return configDir.resolve("analysis");
  }

  /** Subfolder with the theme, partner, dispositif and document-type vocabularies. */
  public Path vocabularyDir() {
    return configDir.resolve("vocabularies");
  }

  /** Subfolder with communes, départements and régions. */
  public Path geographyDir() {
    return configDir.resolve("geography");
  }
}
