package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ExtractionSettings;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Classifies an exception thrown while reading or parsing one file into a rejection with a
 * one-line message (exception class and message, never a stack trace).
 */
final class ParseFailures {
  private static final int MAX_MESSAGE = 300;
  /** Tika's generic wrapper around a parser's exception, naming the parser class. */
  private static final Pattern TIKA_WRAPPER =
      Pattern.compile("^TIKA-\\d+: Illegal \\w+ from [\\w.]*\\.(\\w+)@");

  private ParseFailures() {}

  static Extraction.Rejected reject(Throwable e, ExtractionSettings settings) {
    if (find(e, AccessDeniedException.class).isPresent()) {
      return new Extraction.Rejected(Outcome.UNREADABLE, "cannot read file: permission denied");
    }
    if (find(e, ZeroByteFileException.class).isPresent()) {
      return new Extraction.Rejected(Outcome.EMPTY, "empty file (0 bytes)");
    }
    if (find(e, EncryptedDocumentException.class).isPresent()
        || find(e, org.apache.poi.EncryptedDocumentException.class).isPresent()) {
      return new Extraction.Rejected(Outcome.ENCRYPTED,
          "password protected: " + describe(root(e)));
    }
    Optional<UnsupportedFormatException> unsupported = find(e, UnsupportedFormatException.class);
    if (unsupported.isPresent()) {
      return new Extraction.Rejected(Outcome.UNSUPPORTED, describe(unsupported.get()));
    }
    Throwable root = root(e);
    String rootMessage = String.valueOf(root.getMessage());
    String message;
    if (rootMessage.toLowerCase(Locale.ROOT).contains("zip bomb")) {
      message = rootMessage.replaceFirst("^Suspected zip bomb", "suspected zip bomb") + " ("
          + bombLimit(rootMessage, settings) + ")";
    } else if (root == e) {
      message = describe(e);
    } else {
      Matcher wrapper = TIKA_WRAPPER.matcher(String.valueOf(e.getMessage()));
      message = wrapper.find()
          // "TIKA-198: Illegal IOException from org.apache.tika.parser.pdf.PDFParser@365c":
          // only the parser's name is worth keeping.
          ? describe(root) + " (in " + wrapper.group(1) + ")"
          : describe(e) + "; cause: " + describe(root);
    }
    return new Extraction.Rejected(Outcome.FAILED, oneLine(message));
  }

  /** Which limit a SecureContentHandler message is about. */
  private static String bombLimit(String message, ExtractionSettings settings) {
    if (message.contains("package entry")) {
      return "limit: extraction.maxPackageDepth=" + settings.maxPackageDepth();
    }
    if (message.contains("nesting")) {
      return "limit: XML nesting depth";
    }
    double ratio = settings.maxCompressionRatio();
    return "limit: extraction.maxCompressionRatio="
        + (ratio == Math.rint(ratio) ? String.valueOf((long) ratio) : String.valueOf(ratio));
  }

  /** "SimpleName: message" on one line. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return oneLine(e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message));
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20;
        depth++) {
      root = root.getCause();
    }
    return root;
  }

  private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
