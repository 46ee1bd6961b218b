package fr.santekb.indexer.index.watch;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.index.Scope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns changed paths into the {@link Scope}s of one indexing pass: each path is looked at where it
 * lies (a new folder is walked, a gone one has its documents removed), a changed sidecar re-indexes
 * its document, and a path inside another changed folder is left to that folder's walk.
 */
final class ChangedScopes {
  /** Beyond this many changed paths a pass over the whole folders costs less than one per path. */
  static final int MAX_SCOPES = 256;

  private ChangedScopes() {}

  /**
   * The scopes covering {@code changed}, paths under {@code roots} (absolute, normalised); the
   * whole folders when the changes are too many to look at one by one.
   */
  static List<Scope> of(Set<Path> changed, List<Path> roots) {
    if (changed.size() > MAX_SCOPES) {
      return roots.stream().filter(r -> changed.stream().anyMatch(p -> p.startsWith(r)))
          .map(Scope::whole).toList();
    }
    List<Scope> scopes = new ArrayList<>();
    for (Path path : changed.stream().sorted(Comparator.comparingInt(Path::getNameCount))
        .toList()) {
      Optional<Path> root = rootOf(path, roots);
      if (root.isEmpty() || insideAnother(path, changed)) {
        continue;
      }
      String relative = root.get().relativize(path).toString()
          .replace(path.getFileSystem().getSeparator(), "/");
      if (relative.endsWith(Sidecar.SUFFIX)) {
        // The sidecar's document: its size and date did not change, but its metadata did.
        scopes.add(new Scope(root.get(),
            relative.substring(0, relative.length() - Sidecar.SUFFIX.length()), true));
      } else {
        scopes.add(new Scope(root.get(), relative, false));
      }
    }
    return scopes;
  }

  /** The source folder holding {@code path}, the innermost one when folders are nested. */
  private static Optional<Path> rootOf(Path path, List<Path> roots) {
    return roots.stream().filter(path::startsWith)
        .max(Comparator.comparingInt(Path::getNameCount));
  }

  /** Whether a folder above {@code path} changed too (its walk covers {@code path}). */
  private static boolean insideAnother(Path path, Set<Path> changed) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      if (changed.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
