package fr.santekb.indexer.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip written by a library (POI stamps entries with the clock) to a file whose entries all
 * carry one fixed time, so the same sample gives the same bytes on every run.
 */
final class FixedTimeZip {

  private FixedTimeZip() {}

  static void copy(byte[] zip, LocalDateTime time, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
  }
}
