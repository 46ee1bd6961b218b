package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Sidecar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the candidate files under source folders, recursively and in a stable order. Hidden files and
 * folders (name starting with '.') and sidecars ({@code *.meta.json}) are not candidates; symbolic
 * links are skipped, so nothing outside a source folder is ever indexed (or served).
 */
public final class SourceWalker {
  private SourceWalker() {}

  public static List<SourceFile> walk(Path source) {
    Path root = source.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a folder: " + source);
    }
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !isHidden(root, p))
          .filter(p -> !p.getFileName().toString().endsWith(Sidecar.SUFFIX))
          .sorted(Comparator.naturalOrder())
          .forEach(p -> files.add(new SourceFile(root, p, relative(root, p))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return files;
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
