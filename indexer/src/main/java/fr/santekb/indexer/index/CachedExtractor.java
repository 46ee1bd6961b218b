package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.ContentHash;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extraction through the {@link ExtractionCache}: a file whose bytes (and extension) were extracted
 * before is re-pointed to its path from the stored extraction, without Tika; other files are
 * extracted and stored. Two files of the same bytes read at once (a copy) are extracted once: the
 * second waits for the first. Thread-safe.
 */
final class CachedExtractor {
  /** An extraction and whether it came from the cache or from the file. */
  record Obtained(Extraction extraction, TextOrigin origin) {}

  private final FileExtractor extractor;
  private final ExtractionCache cache;
  private final boolean reuse;
  private final ConcurrentHashMap<String, CompletableFuture<Optional<Extraction>>> inFlight =
      new ConcurrentHashMap<>();

  /**
   * @param reuse false to extract every file again (still storing what comes out): {@code
   *     --full}
   */
  CachedExtractor(FileExtractor extractor, ExtractionCache cache, boolean reuse) {
    this.extractor = extractor;
    this.cache = cache;
    this.reuse = reuse;
  }

  Obtained extract(Path file) {
    SteadyRead.Stamp before;
    String hash;
    try {
      before = SteadyRead.Stamp.of(file);
      hash = ContentHash.sha256(file);
    } catch (IOException e) {
      // Gone or unreadable: the extractor classifies it as it does without a cache.
      return extracted(file);
    }
    Optional<String> key = ExtractionCache.key(hash, file.getFileName().toString());
    if (key.isEmpty()) {
      return extracted(file);
    }
    if (!reuse) {
      Extraction extraction = extractor.extract(file);
      storeIfSteady(key.get(), hash, file, before, extraction);
      return new Obtained(extraction, TextOrigin.EXTRACTED);
    }
    Optional<Extraction> hit = cache.find(key.get()).flatMap(x -> repoint(x, file));
    if (hit.isPresent()) {
      return new Obtained(hit.get(), TextOrigin.CACHE);
    }
    CompletableFuture<Optional<Extraction>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<Extraction>> other = inFlight.putIfAbsent(key.get(), mine);
    if (other != null) {
      return fromCopy(other, file);
    }
    try {
      Extraction extraction = extractor.extract(file);
      boolean stored = storeIfSteady(key.get(), hash, file, before, extraction);
      mine.complete(stored ? Optional.of(extraction) : Optional.empty());
      return new Obtained(extraction, TextOrigin.EXTRACTED);
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key.get(), mine);
    }
  }

  /** The extraction of a copy being extracted by another thread, or this file's own. */
  private Obtained fromCopy(CompletableFuture<Optional<Extraction>> other, Path file) {
    Optional<Extraction> shared;
    try {
      shared = other.join();
    } catch (CompletionException e) {
      shared = Optional.empty();
    }
    return shared.flatMap(x -> repoint(x, file)).map(x -> new Obtained(x, TextOrigin.CACHE))
        .orElseGet(() -> extracted(file));
  }

  private Obtained extracted(Path file) {
    return new Obtained(extractor.extract(file), TextOrigin.EXTRACTED);
  }

  /**
   * Stores an extraction when it is worth keeping and is surely of the bytes hashed: the file's
   * size and date did not move while it was hashed and read, and a document's own hash agrees.
   */
  private boolean storeIfSteady(String key, String hash, Path file, SteadyRead.Stamp before,
      Extraction extraction) {
    if (!ExtractionCache.worthKeeping(extraction)
        || extraction instanceof Extraction.Extracted e
            && !hash.equals(e.document().contentHash())) {
      return false;
    }
    try {
      if (!SteadyRead.Stamp.of(file).equals(before)) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    cache.store(key, extraction);
    return true;
  }

  /**
   * A stored extraction made to describe {@code file}: its path and, when the file name differs
   * from the one it was extracted under, the title its new name gives. Empty when that title
   * cannot be chosen again (the extractor did not tell what it was chosen from).
   */
  static Optional<Extraction> repoint(Extraction stored, Path file) {
    if (!(stored instanceof Extraction.Extracted e)) {
      return Optional.of(stored);
    }
    ExtractedDocument d = e.document();
    String name = file.getFileName().toString();
    Optional<String> title = name.equals(d.path().getFileName().toString())
        ? Optional.of(d.title())
        : e.titleClues().map(c -> c.titleFor(file, d.format(), d.text()));
    return title.map(t -> new Extraction.Extracted(new ExtractedDocument(file, d.mediaType(),
        d.format(), d.sizeBytes(), d.contentHash(), t, d.created(), d.modified(), d.language(),
        d.pages(), d.paged(), d.truncated()), e.titleClues()));
  }
}
