package fr.santekb.indexer.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads {@code santekb.yaml} from a config folder into {@link SantekbConfig}. Unknown keys and bad
 * values fail at start-up with the key's name; absent keys take the documented defaults.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "santekb.yaml";
  private static final Set<String> TOP_KEYS = Set.of("extraction");
  private static final Set<String> EXTRACTION_KEYS = Set.of("maxCharsPerDocument", "writeLimit",
      "maxFileBytes", "maxCompressionRatio", "maxPackageDepth", "ocr", "ocrLanguage", "parseTimeout",
      "maxParseAllocation");

  private ConfigLoader() {}

  /**
   * The config folder to use: {@code explicit} if given, else {@code $santekb.root/config}, else
   * {@code ./config}.
   */
  public static Path locate(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    String root = System.getProperty("santekb.root");
    return (root != null && !root.isBlank() ? Path.of(root) : Path.of("")).resolve("config")
        .toAbsolutePath().normalize();
  }

  public static SantekbConfig load(Path configDir) {
    if (!Files.isDirectory(configDir)) {
      throw new ConfigException("config folder not found: " + configDir);
    }
    Path file = configDir.resolve(FILE_NAME);
    JsonNode root;
    try {
      root = Files.exists(file)
          ? new ObjectMapper(new YAMLFactory()).readTree(file.toFile())
          : null;
    } catch (IOException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new SantekbConfig(configDir, ExtractionSettings.defaults());
    }
    checkKeys(root, "", TOP_KEYS);
    JsonNode ex = root.path("extraction");
    checkKeys(ex, "extraction.", EXTRACTION_KEYS);
    ExtractionSettings d = ExtractionSettings.defaults();
    boolean ocr = boolValue(ex, "extraction.", "ocr", d.ocr());
    ExtractionSettings extraction = new ExtractionSettings(
        intValue(ex, "extraction.", "maxCharsPerDocument", d.maxCharsPerDocument()),
        intValue(ex, "extraction.", "writeLimit", d.writeLimit()),
        longValue(ex, "extraction.", "maxFileBytes", d.maxFileBytes()),
        doubleValue(ex, "extraction.", "maxCompressionRatio", d.maxCompressionRatio()),
        intValue(ex, "extraction.", "maxPackageDepth", d.maxPackageDepth()),
        ocr,
        textValue(ex, "extraction.", "ocrLanguage", d.ocrLanguage()),
        seconds(doubleValue(ex, "extraction.", "parseTimeout",
            ExtractionSettings.defaultParseTimeout(ocr).toMillis() / 1000.0)),
        longValue(ex, "extraction.", "maxParseAllocation",
            ExtractionSettings.defaultMaxParseAllocation(ocr)));
    return new SantekbConfig(configDir, extraction);
  }

  /** Whole or decimal seconds as a duration, rounded to the millisecond; negatives kept. */
  private static Duration seconds(double value) {
    ConfigException.require(!Double.isNaN(value) && Math.abs(value) < 1e9, "extraction.parseTimeout",
        "must be a number of seconds", value);
    return Duration.ofMillis(Math.round(value * 1000));
  }

  private static void checkKeys(JsonNode node, String prefix, Set<String> allowed) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw new ConfigException(prefix.isEmpty() ? "santekb.yaml must be a mapping"
          : prefix.substring(0, prefix.length() - 1) + ": must be a mapping");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new ConfigException(prefix + key + ": unknown key (known: " + allowed + ")");
      }
    }
  }

  private static int intValue(JsonNode node, String prefix, String key, int dflt) {
    return value(node, prefix + key, dflt, v -> v.isIntegralNumber() && v.canConvertToInt(),
        "must be a whole number",
        JsonNode::intValue);
  }

  private static long longValue(JsonNode node, String prefix, String key, long dflt) {
    return value(node, prefix + key, dflt, JsonNode::isIntegralNumber, "must be a whole number",
        JsonNode::longValue);
  }

  private static double doubleValue(JsonNode node, String prefix, String key, double dflt) {
    return value(node, prefix + key, dflt, JsonNode::isNumber, "must be a number",
        JsonNode::doubleValue);
  }

  private static boolean boolValue(JsonNode node, String prefix, String key, boolean dflt) {
    return value(node, prefix + key, dflt, JsonNode::isBoolean, "must be true or false",
        JsonNode::booleanValue);
  }

  private static String textValue(JsonNode node, String prefix, String key, String dflt) {
    return value(node, prefix + key, dflt, JsonNode::isTextual, "must be a string",
        JsonNode::textValue);
  }

  /** The value at {@code key} (last segment of {@code path}), or {@code dflt} when absent. */
  private static <T> T value(JsonNode node, String path, T dflt, Predicate<JsonNode> valid,
      String rule, Function<JsonNode, T> read) {
    JsonNode v = node.path(path.substring(path.lastIndexOf('.') + 1));
    if (v.isMissingNode()) {
      return dflt;
    }
    ConfigException.require(valid.test(v), path, rule, v);
    return read.apply(v);
  }
}
