package fr.santekb.indexer.index;

import java.nio.file.Path;

/**
 * A part of a source folder that an indexing pass looks at: the whole folder, or one file or
 * sub-folder of it (what a watched change names). Within its scope a pass indexes the files it finds
 * and removes the documents whose file it no longer finds; outside it, the index is left alone.
 *
 * @param root absolute, normalised source folder
 * @param under path relative to {@code root}, '/'-separated; empty for the whole folder
 * @param force re-index the files found even when their size and date did not change (their
 *     sidecar did); the extraction cache is still used
 */
public record Scope(Path root, String under, boolean force) {
  public Scope {
    root = root.toAbsolutePath().normalize();
    if (under.startsWith("/") || under.endsWith("/")) {
      throw new IllegalArgumentException("not a relative path: " + under);
    }
  }

  /** The whole source folder. */
  public static Scope whole(Path source) {
    return new Scope(source, "", false);
  }

  /** Whether this scope is a whole source folder. */
  public boolean isWhole() {
    return under.isEmpty();
  }

  /** The absolute path this scope starts at. */
  public Path start() {
    return under.isEmpty() ? root : root.resolve(under).normalize();
  }

  /** Whether a document of {@code source} at {@code path} lies in this scope. */
  boolean covers(String source, String path) {
    return root.toString().equals(source) && path != null
        && (under.isEmpty() || path.equals(under) || path.startsWith(under + "/"));
  }
}
