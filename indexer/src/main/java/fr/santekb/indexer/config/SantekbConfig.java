package fr.santekb.indexer.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole configuration, loaded once from {@code config/} and validated at start-up.
 *
 * @param configDir the folder holding santekb.yaml and the analysis, vocabulary and geography files
 * @param extraction extraction limits and switches
 * @param index the index folder {@code index} writes and {@code serve} reads when no
 *     {@code --index} is given (absolute: relative values are resolved when loading)
 * @param sources the folders {@code index} reads when no {@code --source} is given
 * @param serve how {@code serve} listens
 */
public record SantekbConfig(Path configDir, ExtractionSettings extraction, Optional<Path> index,
    List<Path> sources, ServeSettings serve) {

  public SantekbConfig {
    sources = List.copyOf(sources);
  }

  /** Extraction settings alone; no index or sources, default serve settings. */
  public SantekbConfig(Path configDir, ExtractionSettings extraction) {
    this(configDir, extraction, Optional.empty(), List.of(), ServeSettings.defaults());
  }

  /** The folder relative paths of santekb.yaml are resolved against: the parent of config/. */
  public Path rootDir() {
    return rootOf(configDir);
  }

  static Path rootOf(Path configDir) {
    Path absolute = configDir.toAbsolutePath().normalize();
    return absolute.getParent() != null ? absolute.getParent() : absolute;
  }

  /** The web page's folder: {@code serve.ui}, else {@code ui/} beside {@code config/}. */
  public Path uiDir() {
    return serve.uiDir().orElse(rootDir().resolve("ui"));
  }

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
