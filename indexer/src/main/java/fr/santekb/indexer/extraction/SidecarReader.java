package fr.santekb.indexer.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the curated metadata next to a document, {@code <file>.meta.json}. Strict: an unknown key
 * (a typo such as "dispositifs") or a value of the wrong type fails with the key's name rather than
 * being ignored, since a silently ignored override is worse than an error.
 */
public final class SidecarReader {
  static final Set<String> KEYS = Set.of("title", "type", "dispositif", "territory", "year",
      "partners", "sourceUrl");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SidecarReader() {}

  /** The sidecar of {@code documentFile}, or empty when there is none. */
  public static Optional<Sidecar> read(Path documentFile) throws InvalidSidecarException {
    Path path = documentFile.resolveSibling(documentFile.getFileName() + Sidecar.SUFFIX);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      throw new InvalidSidecarException(path, "not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new InvalidSidecarException(path, "cannot be read: " + e.getMessage(), e);
    }
    return Optional.of(parse(root, path));
  }

  /**
   * The sidecar held by a parsed JSON object (a {@code .meta.json} file, or the {@code meta} object
   * of a JSONL record); {@code path} names the origin in error messages.
   */
  public static Sidecar parse(JsonNode root, Path path) throws InvalidSidecarException {
    if (root == null || !root.isObject()) {
      throw new InvalidSidecarException(path, "must hold a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new InvalidSidecarException(path, "unknown key \"" + name + "\" (known keys: "
            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
      }
    }
    return new Sidecar(text(root, "title", path), text(root, "type", path),
        list(root, "dispositif", path), list(root, "territory", path), year(root, path),
        list(root, "partners", path), text(root, "sourceUrl", path));
  }

  private static Optional<String> text(JsonNode root, String key, Path path)
      throws InvalidSidecarException {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new InvalidSidecarException(path, "\"" + key + "\" must be a non-blank string");
    }
    return Optional.of(node.asText().strip());
  }

  /** A list of non-blank strings; a single string is accepted as a list of one. */
  private static List<String> list(JsonNode root, String key, Path path)
      throws InvalidSidecarException {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
    for (JsonNode item : items) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new InvalidSidecarException(path,
            "\"" + key + "\" must be a non-blank string or a list of them");
      }
      values.add(item.asText().strip());
    }
    return values;
  }

  private static Optional<Integer> year(JsonNode root, Path path) throws InvalidSidecarException {
    JsonNode node = root.get("year");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1900
        || node.asInt() > 2100) {
      throw new InvalidSidecarException(path, "\"year\" must be a year such as 2021 (got "
          + node + ")");
    }
    return Optional.of(node.asInt());
  }
}
