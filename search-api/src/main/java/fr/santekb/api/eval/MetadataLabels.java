package fr.santekb.api.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the hand-labelled metadata sample: JSON lines, one {@link LabelledDocument} each. */
public final class MetadataLabels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataLabels() {}

  public static List<LabelledDocument> load(Path file) {
    List<LabelledDocument> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(lines.get(i));
        out.add(new LabelledDocument(text(n, "path"), text(n, "title"), text(n, "type"),
            n.path("year").isInt() ? Optional.of(n.get("year").asInt()) : Optional.empty(),
            strings(n, "communes"), strings(n, "partners"), strings(n, "themes")));
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String text(JsonNode n, String key) {
    if (!n.path(key).isTextual()) {
      throw new IllegalArgumentException("'" + key + "' must be a string");
    }
    return n.get(key).asText();
  }

  private static Set<String> strings(JsonNode n, String key) {
    Set<String> out = new HashSet<>();
    n.path(key).forEach(v -> out.add(v.asText()));
    return out;
  }
}
