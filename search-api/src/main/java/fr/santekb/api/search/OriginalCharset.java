package fr.santekb.api.search;

import fr.santekb.indexer.extraction.Windows1252Detector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;

/**
 * The media type under which an original text file is served, with the charset its text was read
 * in when it was indexed (the same detection: a declared charset, else the bytes; ISO-8859-1 read
 * as windows-1252). Without it a browser guesses, and a windows-1252 page shows "Ã©" for "é".
 */
final class OriginalCharset {
  private static final Windows1252Detector DETECTOR = new Windows1252Detector();

  private OriginalCharset() {}

  /**
   * {@code mediaType} with {@code ; charset=…} added for text types (text/*, XHTML); other types,
   * and text whose charset cannot be told, unchanged.
   */
  static String label(Path file, String mediaType) throws IOException {
    String type = mediaType.toLowerCase(Locale.ROOT);
    if (type.contains("charset=") || !(type.startsWith("text/")
        || type.startsWith("application/xhtml+xml"))) {
      return mediaType;
    }
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      Charset charset = DETECTOR.detect(in, metadata);
      return charset == null ? mediaType
          : mediaType + "; charset=" + charset.name().toLowerCase(Locale.ROOT);
    }
  }
}
