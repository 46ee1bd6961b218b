package fr.santekb.indexer.index;

/** Where the text of a file came from in an indexing run. */
public enum TextOrigin {
  /** Not read: unchanged, refused before reading, or removed. */
  NONE,
  /** Extracted from the file by Tika in this run. */
  EXTRACTED,
  /** Reused from the extraction cache (same bytes and extension seen before): no Tika. */
  CACHE
}
