package fr.santekb.indexer.extraction;

import java.util.Locale;

/**
 * What happened to one file in an indexing run. Every file gets exactly one outcome; a run never
 * stops on one bad file.
 */
public enum Outcome {
  /** Text extracted and written to the index. */
  INDEXED,
  /** Written, but the text was cut at the configured character or write limit. */
  TRUNCATED,
  /** Unchanged since the last run (same size, date and hash): kept as it is. */
  UNCHANGED,
  /** Parsed, but no text came out: an image-only scan that needs OCR, or a blank file. */
  EMPTY,
  /** Protected by a password. */
  ENCRYPTED,
  /** A format santekb does not index (images, archives, binaries, sidecars excluded). */
  UNSUPPORTED,
  /** The parser failed: truncated, corrupt or mislabelled file, or a resource limit (zip bomb). */
  FAILED,
  /** The parse ran past {@code extraction.parseTimeout}: abandoned, the run went on. */
  TIMEOUT,
  /**
   * The parse allocated more than {@code extraction.maxParseAllocation} bytes, or ran out of
   * memory: abandoned, the run went on.
   */
  TOO_LARGE,
  /** The file was listed but had disappeared when its turn came to be read. */
  VANISHED,
  /** The file kept changing while it was read (size or date differed after two readings). */
  CHANGED,
  /** The file (or a folder) cannot be read: permission denied or an input/output error. */
  UNREADABLE,
  /** A symbolic link whose target lies outside the source folder: not followed. */
  OUTSIDE_SOURCE,
  /** A symbolic link that leads nowhere (missing target, or a loop of links): not followed. */
  BROKEN_LINK,
  /** The file disappeared from a source folder; its document was removed from the index. */
  REMOVED;

  /** True when the document is in the index after the run. */
  public boolean isSearchable() {
    return this == INDEXED || this == TRUNCATED || this == UNCHANGED;
  }

  /** The name reports and documentation use: lower case, words joined by '-' ("too-large"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
