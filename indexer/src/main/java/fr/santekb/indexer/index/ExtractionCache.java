package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Outcome;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extractions kept by content, so a re-index reads a file with Tika only when its bytes are new: a
 * moved, renamed, copied or touched file is indexed from here. Lives in the folder
 * {@value #FOLDER} of the index folder (Lucene leaves it alone), one file per key,
 * {@code <2 hex>/<key>.json.gz}, where the key is the SHA-256 of the bytes and the file's extension
 * (Tika's detection and the md/txt split look at it).
 *
 * <p>Safe against {@code kill -9}: an entry is written to a temporary file, then renamed, so it is
 * whole or absent; a run killed before its commit leaves entries the next run reuses. An entry that
 * cannot be read back whole (damaged, truncated, of another santekb or extraction fingerprint) is
 * a miss: the file is extracted again and the entry rewritten; the cache never fails a run. Writing
 * is best effort too: a full disk costs the reuse, not the index.
 *
 * <p>Bounded: {@link #collect} drops, at the end of a successful run, every entry no document of
 * the index and no file of the run uses, and leftover temporary files. One indexing process at a
 * time uses it (the index's write lock); threads of that process may share it.
 */
final class ExtractionCache {
  static final String FOLDER = "extraction-cache";
  private static final Logger LOG = LoggerFactory.getLogger(ExtractionCache.class);
  private static final String SUFFIX = ".json.gz";
  private static final String TEMPORARY = ".tmp-";
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{0,16}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  /** Refusals that depend on the bytes and settings only; time-outs or I/O errors may not recur. */
  private static final Set<Outcome> CACHED_REFUSALS =
      Set.of(Outcome.EMPTY, Outcome.ENCRYPTED, Outcome.UNSUPPORTED);

  private final Path folder;
  private final String fingerprint;
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private final AtomicInteger unreadable = new AtomicInteger();

  /**
   * @param fingerprint what extraction depends on besides the bytes (pipeline version, Tika,
   *     settings); entries written under another one are misses
   */
  private ExtractionCache(Path folder, String fingerprint) {
    this.folder = folder;
    this.fingerprint = fingerprint;
  }

  /** The cache of the index in {@code indexDir}, created if absent. */
  static ExtractionCache open(Path indexDir, String fingerprint) throws IOException {
    return new ExtractionCache(Files.createDirectories(indexDir.resolve(FOLDER)), fingerprint);
  }

  /**
   * The key of a file with these bytes and this name, or empty when its extension cannot be a
   * file name here (then the file is never cached).
   */
  static Optional<String> key(String contentHash, String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return HASH.matcher(contentHash).matches() && EXTENSION.matcher(extension).matches()
        ? Optional.of(contentHash + "-" + extension) : Optional.empty();
  }

  /** Whether a run should keep the result of an extraction for later runs. */
  static boolean worthKeeping(Extraction extraction) {
    return switch (extraction) {
      case Extraction.Extracted e -> true;
      case Extraction.Rejected r -> CACHED_REFUSALS.contains(r.outcome());
    };
  }

  /**
   * The extraction stored under {@code key} (a document's path is the bare file name it was
   * extracted under), or empty when there is none or it cannot be read whole. Marks the key used.
   */
  Optional<Extraction> find(String key) {
    keep(key);
    Path entry = entry(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return unreadable(entry, e);
    }
    try {
      return Optional.of(CacheEntryCodec.decode(bytes, key, fingerprint));
    } catch (IOException | RuntimeException e) {
      return unreadable(entry, e);
    }
  }

  private Optional<Extraction> unreadable(Path entry, Exception e) {
    unreadable.incrementAndGet();
    LOG.warn("extraction cache: {} unreadable ({}), the file is extracted again", entry,
        e.getMessage());
    return Optional.empty();
  }

  /** Stores {@code extraction} under {@code key} and marks the key used; failures are logged. */
  void store(String key, Extraction extraction) {
    keep(key);
    Path entry = entry(key);
    Path tmp = null;
    try {
      byte[] bytes = CacheEntryCodec.encode(key, fingerprint, extraction);
      Files.createDirectories(entry.getParent());
      tmp = Files.createTempFile(entry.getParent(), TEMPORARY, SUFFIX);
      Files.write(tmp, bytes);
      Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.warn("extraction cache: cannot write {} ({}); the next run extracts it again", entry,
          e.getMessage());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Removed by the next collect.
        }
      }
    }
  }

  /** Marks {@code key} as used by a document of the index: {@link #collect} keeps it. */
  void keep(String key) {
    kept.add(key);
  }

  /** Entries that could not be read back in this run (each was extracted again). */
  int unreadableEntries() {
    return unreadable.get();
  }

  /**
   * Deletes the entries not marked used in this run, and temporary files left by killed runs.
   * Call at the end of a committed run, once every document the index keeps (unchanged files,
   * documents of source folders not given to this run) has had its key marked.
   *
   * @return how many entries were deleted
   */
  int collect() throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder)) {
      for (Path shard : shards) {
        if (!Files.isDirectory(shard)) {
          continue;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
          for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean used = name.endsWith(SUFFIX) && !name.startsWith(TEMPORARY)
                && kept.contains(name.substring(0, name.length() - SUFFIX.length()));
            if (!used && Files.deleteIfExists(entry)) {
              deleted++;
            }
          }
        }
      }
    }
    return deleted;
  }

  private Path entry(String key) {
    return folder.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
  }
}
