package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, reading ISO-8859-1 as Windows-1252 (as browsers do). French Windows
 * text is labelled ISO-8859-1, whose bytes 0x80-0x9F are invisible controls that Tika's output
 * replaces with U+FFFD, losing "’" (0x92), "œ" (0x9C) and "…" (0x85); Windows-1252 has the same
 * letters elsewhere and real characters there. Public so that the search API labels an original
 * text file it serves with the charset its text was read in.
 */
public final class Windows1252Detector implements EncodingDetector {
  private static final long serialVersionUID = 1L;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final EncodingDetector tika = new DefaultEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset detected = tika.detect(input, metadata);
    return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
  }
}
