package fr.santekb.indexer.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.TitleClues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns one extraction into the bytes of a cache entry and back: gzip-compressed JSON that names
 * its own key and fingerprint. Decoding checks the gzip checksum, the format, the key and the
 * fingerprint, so a truncated, damaged, misplaced or stale entry is refused (an
 * {@link IOException}), never half read.
 */
final class CacheEntryCodec {
  /** Bumped when the entry layout changes; older entries are then refused and rewritten. */
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  private CacheEntryCodec() {}

  /** What the title was chosen from; see {@link TitleClues}. Null strings stand for absent. */
  record Clues(String metadataTitle, String firstHeading, String coverTitle,
      boolean coverTitleRead) {}

  /**
   * One entry. {@code outcome} is null for a document, else the refusal with its {@code message};
   * the document's fields are null for a refusal. {@code fileName} is the name it was extracted
   * under, which its title may come from.
   */
  record Entry(int format, String key, String fingerprint, String outcome, String message,
      String fileName, String mediaType, String formatId, long sizeBytes, String contentHash,
      String title, String created, String modified, String language, List<String> pages,
      boolean paged, boolean truncated, Clues clues) {}

  static byte[] encode(String key, String fingerprint, Extraction extraction) throws IOException {
    Entry entry = switch (extraction) {
      case Extraction.Rejected r -> new Entry(FORMAT, key, fingerprint, r.outcome().name(),
          r.message(), null, null, null, 0, null, null, null, null, null, null, false, false,
          null);
      case Extraction.Extracted e -> {
        ExtractedDocument d = e.document();
        yield new Entry(FORMAT, key, fingerprint, null, null, d.path().getFileName().toString(),
            d.mediaType(), d.format(), d.sizeBytes(), d.contentHash(), d.title(),
            d.created().map(LocalDate::toString).orElse(null),
            d.modified().map(LocalDate::toString).orElse(null), d.language().orElse(null),
            d.pages(), d.paged(), d.truncated(), e.titleClues().map(c -> new Clues(
                c.metadataTitle().orElse(null), c.firstHeading().orElse(null),
                c.coverTitle().orElse(null), c.coverTitleRead())).orElse(null));
      }
    };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Fastest compression: the text shrinks 3 to 4 times and the run does not wait on it.
    try (OutputStream out = new GZIPOutputStream(bytes) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      JSON.writeValue(out, entry);
    }
    return bytes.toByteArray();
  }

  /**
   * The extraction stored in {@code bytes}; a document's path is its file name as extracted.
   *
   * @throws IOException when the bytes are not a whole, current entry for {@code key}
   */
  static Extraction decode(byte[] bytes, String key, String fingerprint) throws IOException {
    byte[] json;
    // Reading to the end makes GZIPInputStream check the trailer's CRC-32 and length.
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      json = in.readAllBytes();
    }
    Entry e = JSON.readValue(json, Entry.class);
    if (e.format() != FORMAT || !key.equals(e.key()) || !fingerprint.equals(e.fingerprint())) {
      throw new IOException("entry for another key, layout or extraction (" + e.key() + ", format "
          + e.format() + ")");
    }
    try {
      if (e.outcome() != null) {
        return new Extraction.Rejected(Outcome.valueOf(e.outcome()), e.message());
      }
      if (e.contentHash() == null || !key.startsWith(e.contentHash() + "-")) {
        throw new IOException("entry of other bytes than its key says");
      }
      ExtractedDocument d = new ExtractedDocument(Path.of(e.fileName()), e.mediaType(),
          e.formatId(), e.sizeBytes(), e.contentHash(), e.title(), date(e.created()),
          date(e.modified()), Optional.ofNullable(e.language()), e.pages(), e.paged(),
          e.truncated());
      Optional<TitleClues> clues = Optional.ofNullable(e.clues()).map(c -> new TitleClues(
          Optional.ofNullable(c.metadataTitle()), Optional.ofNullable(c.firstHeading()),
          Optional.ofNullable(c.coverTitle()), c.coverTitleRead()));
      return new Extraction.Extracted(d, clues);
    } catch (RuntimeException bad) {
      // A field missing or out of range (no pages, an unknown outcome...): not a usable entry.
      throw new IOException("incomplete entry: " + bad.getMessage(), bad);
    }
  }

  private static Optional<LocalDate> date(String text) {
    return Optional.ofNullable(text).map(LocalDate::parse);
  }
}
