package fr.santekb.indexer.index.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches source folders and every sub-folder in them with the platform's {@link WatchService}
 * (inotify on Linux, one watch per folder), registering sub-folders as they appear, and hands out
 * the paths that changed in batches that wait for the file system to settle (a file being written
 * raises one event per write). Hidden folders and the excluded paths (the index folder and its
 * report, when they lie inside a source) are not watched.
 *
 * <p>Events can be lost: the system's queue overflows, a folder cannot be watched (the inotify
 * watch limit), a folder moved in a burst. A batch says so ({@link Changes#overflow}) and the caller
 * rescans; it also rescans periodically as a safety net.
 */
final class SourceWatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

  /**
   * The paths that changed (files or folders, present or gone) and whether some changes may have
   * been missed.
   */
  record Changes(Set<Path> paths, boolean overflow) {}

  private final WatchService service;
  /**
   * The folder each key watches, kept here rather than read from the key: on Linux a folder renamed
   * inside the tree keeps its key, whose path is then stale; registering it again updates this map.
   */
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final List<Path> roots;
  private final Path excludedFolder;
  private final Set<Path> excludedFiles;
  private volatile boolean missed;

  private SourceWatcher(WatchService service, List<Path> roots, Path excludedFolder,
      Set<Path> excludedFiles) {
    this.service = service;
    this.roots = roots;
    this.excludedFolder = excludedFolder;
    this.excludedFiles = excludedFiles;
  }

  /**
   * Starts watching {@code roots} recursively.
   *
   * @param excludedFolder a folder never watched nor reported (the index folder)
   * @param excludedFiles files whose changes are not reported (the index's report)
   */
  static SourceWatcher open(List<Path> roots, Path excludedFolder, Set<Path> excludedFiles)
      throws IOException {
    List<Path> absolute = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(),
        absolute, excludedFolder.toAbsolutePath().normalize(), Set.copyOf(excludedFiles));
    for (Path root : absolute) {
      watcher.registerTree(root);
    }
    return watcher;
  }

  /** How many folders are watched. */
  int folders() {
    return folders.size();
  }

  /**
   * Waits up to {@code timeout} for a change, then gathers changes until none has come for {@code
   * settle}, or for at most {@code maxWait} since the first. Empty when nothing changed in {@code
   * timeout}.
   *
   * @throws java.nio.file.ClosedWatchServiceException once {@link #close} was called
   */
  Changes next(Duration timeout, Duration settle, Duration maxWait) throws InterruptedException {
    Set<Path> paths = new HashSet<>();
    boolean overflow = missed;
    missed = false;
    WatchKey key = service.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    if (key == null) {
      return new Changes(paths, overflow);
    }
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (key != null) {
      overflow |= drain(key, paths);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      key = service.poll(Math.min(settle.toNanos(), left), TimeUnit.NANOSECONDS);
    }
    return new Changes(paths, overflow || missed);
  }

  /** Adds the changed paths of {@code key}'s events; true when the system lost some. */
  private boolean drain(WatchKey key, Set<Path> paths) {
    boolean overflow = false;
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        overflow = true;
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      if (excluded(changed) || hidden(changed)) {
        continue;
      }
      paths.add(changed);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
        // Files made in it before it was registered are found by the pass that walks it.
        registerTree(changed);
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone (its deletion is an event of its parent)
    }
    return overflow;
  }

  /** Registers {@code dir} and its sub-folders; a folder that cannot be watched is a missed change. */
  private void registerTree(Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(dir) && (excluded(d) || hidden(d))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          try {
            folders.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), d);
          } catch (IOException e) {
            cannotWatch(d, e);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            cannotWatch(file, e);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      cannotWatch(dir, e);
    }
  }

  private void cannotWatch(Path dir, IOException e) {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      missed = true;
      LOG.warn("cannot watch {} ({}); its changes are found by the periodic rescan", dir,
          e.getMessage());
    }
  }

  private boolean excluded(Path path) {
    return path.startsWith(excludedFolder) || excludedFiles.contains(path);
  }

  /** Whether a part of {@code path} below its source folder starts with '.', as the walk skips. */
  private boolean hidden(Path path) {
    for (Path root : roots) {
      if (path.startsWith(root) && !path.equals(root)) {
        for (Path part : root.relativize(path)) {
          if (part.toString().startsWith(".")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
