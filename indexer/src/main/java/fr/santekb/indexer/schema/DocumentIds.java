package fr.santekb.indexer.schema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Computes stable document ids: the same file always gets the same id, whatever the run. */
public final class DocumentIds {
  private DocumentIds() {}

  /** First 16 hex digits of the SHA-256 of the file's absolute, normalised path. */
  public static String of(Path file) {
    return of(file.toAbsolutePath().normalize().toString());
  }

  /** First 16 hex digits of the SHA-256 of {@code key}: the id of a record, keyed by its origin. */
  public static String of(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
