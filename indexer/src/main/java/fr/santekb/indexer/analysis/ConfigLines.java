package fr.santekb.indexer.analysis;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the meaningful lines of an analysis file: UTF-8, blank lines and lines starting with
 * {@code #} skipped, each line kept with its 1-based number so errors can point at it.
 */
record ConfigLines(Path file, List<Line> lines) {

  /** One meaningful line, stripped of surrounding white space. */
  record Line(int number, String text) {}

  static ConfigLines read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": analysis file not found");
    }
    List<String> raw;
    try {
      raw = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read as UTF-8: " + e, e);
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      if (i == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      text = text.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        lines.add(new Line(i + 1, text));
      }
    }
    return new ConfigLines(file, List.copyOf(lines));
  }

  /** An error pointing at {@code line}: "file:12: problem (got 'text')". */
  ConfigException error(Line line, String problem) {
    return new ConfigException(file + ":" + line.number() + ": " + problem + " (got '"
        + line.text() + "')");
  }
}
