package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ExtractionSettings;
import org.apache.tika.Tika;

/**
 * What an extraction's result depends on besides the file's bytes and name: the Tika version, the
 * extraction settings and what reads PDFs ({@link PdfTextChoice}: PDFBox, or pdftotext and its
 * version). A stored extraction made under another fingerprint is not reused.
 */
public final class ExtractionFingerprint {
  private ExtractionFingerprint() {}

  /** A one-line description, equal for two runs exactly when they extract alike. */
  public static String of(ExtractionSettings settings) {
    return Tika.getString() + "; " + settings + "; pdf text: "
        + PdfTextChoice.describe(settings);
  }
}
