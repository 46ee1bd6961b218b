package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.config.ExtractionSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * Which program reads the text of PDFs, set by the system property {@value #PROPERTY}: PDFBox
 * ({@code off}, the default); poppler's {@code pdftotext} when it is installed and PDFBox otherwise
 * ({@code auto}); poppler required, an error when it is absent ({@code on}). PDFBox stays the
 * default because the poppler path cuts some paragraphs differently (tables, charts; see
 * {@code PopplerPdfTextTest}) for a CPU gain measured at 0 to 15 % (BENCHMARKS.md). OCR needs PDFBox's page images, so with OCR on PDFBox always reads PDFs. The choice is
 * part of the {@link ExtractionFingerprint}: an extraction cached by one path is not served to a
 * run on the other.
 */
public final class PdfTextChoice {
  public static final String PROPERTY = "santekb.pdftotext";

  /** The values of {@value #PROPERTY}. */
  enum Mode { AUTO, OFF, ON }

  private static volatile Optional<String> popplerVersion;

  private PdfTextChoice() {}

  /**
   * Poppler's reader when this run should use it.
   *
   * @throws ConfigException when the property has another value, or requires pdftotext
   *     and it is not on the PATH (said at start-up, with the property's name)
   */
  static Optional<PopplerPdfText> choose(ExtractionSettings settings) {
    Mode mode = mode(System.getProperty(PROPERTY));
    if (mode == Mode.OFF || settings.ocr()) {
      return Optional.empty();
    }
    Optional<PopplerPdfText> poppler = PopplerPdfText.installed();
    if (mode == Mode.ON && poppler.isEmpty()) {
      throw new ConfigException(PROPERTY + "=on, but pdftotext is not on the PATH"
          + " (apt-get install poppler-utils), or set " + PROPERTY + "=off");
    }
    return poppler;
  }

  /** The property's value read: blank or absent is {@code off}. */
  static Mode mode(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "auto" -> Mode.AUTO;
      case "", "off" -> Mode.OFF;
      case "on" -> Mode.ON;
      default -> throw new ConfigException(PROPERTY + ": expected auto, on or off (got "
          + value + ")");
    };
  }

  /** Whether a run with these settings reads PDFs with pdftotext. */
  public static boolean readsWithPdftotext(ExtractionSettings settings) {
    return choose(settings).isPresent();
  }

  /** "pdftotext version 22.12.0" or "PDFBox": what reads PDFs in a run with these settings. */
  public static String describe(ExtractionSettings settings) {
    Optional<PopplerPdfText> poppler = choose(settings);
    if (poppler.isEmpty()) {
      return "PDFBox";
    }
    Optional<String> known = popplerVersion;
    if (known == null) {
      known = Optional.of(poppler.get().version());
      popplerVersion = known;
    }
    return known.get();
  }
}
