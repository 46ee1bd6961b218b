package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.Sidecar;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the candidate files under source folders, recursively and in a stable order. Hidden files
 * and folders (name starting with '.') and sidecars ({@code *.meta.json}) are not candidates.
 * Symbolic links are never followed, so nothing outside a source folder is ever indexed (or
 * served): a link whose target is inside the folder is passed over (the target is listed under its
 * own path), one pointing outside is reported OUTSIDE_SOURCE, one leading nowhere (missing target,
 * loop) BROKEN_LINK. A folder that cannot be read is reported UNREADABLE and the walk goes on.
 */
public final class SourceWalker {
  private SourceWalker() {}

  /**
   * What a walk found.
   *
   * @param files the candidate files, sorted by path
   * @param problems links and folders that were not followed or could not be read, with why
   */
  public record Listing(List<SourceFile> files, List<Problem> problems) {}

  /** A path the walk did not follow, and why. */
  public record Problem(SourceFile file, Outcome outcome, String message) {}

  /** The candidate files under {@code source}. */
  public static List<SourceFile> walk(Path source) {
    return list(source).files();
  }

  /** The candidate files under {@code source}, and the paths it could not or would not take. */
  public static Listing list(Path source) {
    return list(Scope.whole(source));
  }

  /**
   * The candidate files within {@code scope}, judged as in a walk of its whole source folder
   * (hidden parts, sidecars and links as above): a sub-folder is walked, a file is listed if the
   * walk would list it, a path that no longer exists lists nothing.
   */
  public static Listing list(Scope scope) {
    Path root = scope.root();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a folder: " + root);
    }
    Path start = scope.start();
    if (!start.startsWith(root)) {
      throw new IllegalArgumentException(start + " is not inside " + root);
    }
    List<SourceFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      Path realRoot = root.toRealPath();
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(root, dir) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (isHidden(root, file) || file.getFileName().toString().endsWith(Sidecar.SUFFIX)) {
            return FileVisitResult.CONTINUE;
          }
          SourceFile found = new SourceFile(root, file, relative(root, file));
          if (attrs.isRegularFile()) {
            files.add(found);
          } else if (attrs.isSymbolicLink()) {
            linkProblem(found, realRoot).ifPresent(problems::add);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          unreadable(file, e);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            unreadable(dir, e);
          }
          return FileVisitResult.CONTINUE;
        }

        /** A path gone while listing was never there for this run; any other error is said. */
        private void unreadable(Path path, IOException e) {
          if (!(e instanceof NoSuchFileException) && !isHidden(root, path)) {
            problems.add(new Problem(new SourceFile(root, path, relative(root, path)),
                Outcome.UNREADABLE, "cannot list: " + reason(e)));
          }
        }
      });
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + root + ": " + reason(e), e);
    }
    files.sort(Comparator.comparing(SourceFile::file));
    problems.sort(Comparator.comparing(p -> p.file().file()));
    return new Listing(List.copyOf(files), List.copyOf(problems));
  }

  private static Optional<Problem> linkProblem(SourceFile link, Path realRoot) {
    Path target;
    try {
      target = link.file().toRealPath();
    } catch (NoSuchFileException e) {
      return Optional.of(new Problem(link, Outcome.BROKEN_LINK,
          "symbolic link to a missing target (" + linkText(link.file()) + "): not followed"));
    } catch (IOException e) {
      return Optional.of(new Problem(link, Outcome.BROKEN_LINK,
          "symbolic link that leads nowhere (" + reason(e) + "): not followed"));
    }
    if (target.startsWith(realRoot)) {
      return Optional.empty();
    }
    return Optional.of(new Problem(link, Outcome.OUTSIDE_SOURCE,
        "symbolic link to " + target + ", outside the source folder: not followed"));
  }

  private static String linkText(Path link) {
    try {
      return String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException e) {
      return "unreadable link";
    }
  }

  /** "permission denied", "Too many levels of symbolic links"…: the system's reason in a line. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
