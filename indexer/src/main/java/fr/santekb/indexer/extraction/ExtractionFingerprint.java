package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ExtractionSettings;
import org.apache.tika.Tika;

/**
 * What an extraction's result depends on besides the file's bytes and name: the Tika version and
 * the extraction settings. A stored extraction made under another fingerprint is not reused.
 */
public final class ExtractionFingerprint {
  private ExtractionFingerprint() {}

  /** A one-line description, equal for two runs exactly when they extract alike. */
  public static String of(ExtractionSettings settings) {
    return Tika.getString() + "; " + settings;
  }
}
