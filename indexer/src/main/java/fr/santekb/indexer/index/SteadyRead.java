package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one file through the pipeline and makes sure what comes out is one version of it: the
 * file's size and date are compared before and after reading. A file that changed is read once
 * more; one that changed again is reported CHANGED and not indexed (the next run reads it), one
 * that disappeared VANISHED.
 */
final class SteadyRead {
  private SteadyRead() {}

  /** A file's size and modification date, what tells one version from the next. */
  record Stamp(long size, long modifiedMillis) {
    static Stamp of(Path file) throws IOException {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
    }
  }

  /** {@code file} read by {@code reader}; {@code before} is its stamp before reading. */
  static DocumentPipeline.Result read(Function<SourceFile, DocumentPipeline.Result> reader,
      SourceFile file, Stamp before) {
    Stamp expected = before;
    DocumentPipeline.Result result = reader.apply(file);
    for (int reading = 1; ; reading++) {
      Stamp after;
      try {
        after = Stamp.of(file.file());
      } catch (IOException e) {
        return unreachable(e, "disappeared while it was read");
      }
      if (after.equals(expected)) {
        return result;
      }
      if (reading == 2) {
        return refused(Outcome.CHANGED, result, "changed while it was read, twice (size or date "
            + "differed after reading): not indexed, the next run reads it again");
      }
      expected = after;
      result = reader.apply(file);
    }
  }

  /**
   * The result for a file whose size and date cannot be read: VANISHED with {@code goneMessage}
   * when it no longer exists, else UNREADABLE.
   */
  static DocumentPipeline.Result unreachable(IOException e, String goneMessage) {
    return e instanceof NoSuchFileException
        ? new DocumentPipeline.Result(Outcome.VANISHED, "", goneMessage, Optional.empty(),
            TextOrigin.NONE)
        : new DocumentPipeline.Result(Outcome.UNREADABLE, "",
            "cannot read file: " + SourceWalker.reason(e), Optional.empty(), TextOrigin.NONE);
  }

  private static DocumentPipeline.Result refused(Outcome outcome, DocumentPipeline.Result result,
      String message) {
    return new DocumentPipeline.Result(outcome, result.format(), message, Optional.empty(),
        result.textFrom());
  }
}
