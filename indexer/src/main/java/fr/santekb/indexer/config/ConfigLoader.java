package fr.santekb.indexer.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code santekb.yaml} from a config folder into {@link SantekbConfig}. Unknown keys and bad
 * values fail at start-up with the key's name; absent keys take the documented defaults. Relative
 * paths are resolved against the santekb folder (the parent of {@code config/}), so the file means
 * the same whatever the working folder.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "santekb.yaml";
  private static final Set<String> TOP_KEYS = Set.of("extraction", "index", "sources", "serve");
  private static final Set<String> EXTRACTION_KEYS = Set.of("maxCharsPerDocument", "writeLimit",
      "maxFileBytes", "maxCompressionRatio", "maxPackageDepth", "ocr", "ocrLanguage", "parseTimeout",
      "maxParseAllocation");
  private static final Set<String> SERVE_KEYS = Set.of("host", "port", "ui", "corsOrigins",
      "refreshSeconds", "requestLog");

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
    YamlValues top = new YamlValues(root, "", TOP_KEYS);
    Path rootDir = SantekbConfig.rootOf(configDir);
    Optional<Path> index = Optional.ofNullable(top.textValue("index", null))
        .map(v -> path(rootDir, top.key("index"), v));
    List<Path> sources = top.textList("sources", List.of()).stream()
        .map(v -> path(rootDir, top.key("sources"), v)).toList();
    return new SantekbConfig(configDir, extraction(top.node("extraction")), index, sources,
        serve(top.node("serve"), rootDir));
  }

  private static ExtractionSettings extraction(JsonNode section) {
    YamlValues ex = new YamlValues(section, "extraction", EXTRACTION_KEYS);
    ExtractionSettings d = ExtractionSettings.defaults();
    boolean ocr = ex.boolValue("ocr", d.ocr());
    return new ExtractionSettings(
        ex.intValue("maxCharsPerDocument", d.maxCharsPerDocument()),
        ex.intValue("writeLimit", d.writeLimit()),
        ex.longValue("maxFileBytes", d.maxFileBytes()),
        ex.doubleValue("maxCompressionRatio", d.maxCompressionRatio()),
        ex.intValue("maxPackageDepth", d.maxPackageDepth()),
        ocr,
        ex.textValue("ocrLanguage", d.ocrLanguage()),
        seconds(ex, "parseTimeout", ExtractionSettings.defaultParseTimeout(ocr)),
        ex.longValue("maxParseAllocation", ExtractionSettings.defaultMaxParseAllocation(ocr)));
  }

  /** Whole or decimal seconds as a duration, rounded to the millisecond; negatives kept. */
  private static Duration seconds(YamlValues section, String key, Duration dflt) {
    double value = section.doubleValue(key, dflt.toMillis() / 1000.0);
    ConfigException.require(Math.abs(value) < 1e9, section.key(key), "must be a number of seconds",
        value);
    return Duration.ofMillis(Math.round(value * 1000));
  }

  private static ServeSettings serve(JsonNode section, Path rootDir) {
    YamlValues sv = new YamlValues(section, "serve", SERVE_KEYS);
    ServeSettings d = ServeSettings.defaults();
    double refresh = sv.doubleValue("refreshSeconds", d.refreshEvery().toMillis() / 1000.0);
    String log = sv.textValue("requestLog", d.requestLog().name().toLowerCase(Locale.ROOT));
    ConfigException.require(log.equals("text") || log.equals("json"), sv.key("requestLog"),
        "must be text or json", log);
    return new ServeSettings(
        sv.textValue("host", d.host()),
        sv.intValue("port", d.port()),
        Optional.ofNullable(sv.textValue("ui", null)).map(v -> path(rootDir, sv.key("ui"), v)),
        sv.textList("corsOrigins", d.corsOrigins()),
        Duration.ofMillis(Math.round(refresh * 1000)),
        ServeSettings.RequestLogFormat.valueOf(log.toUpperCase(Locale.ROOT)));
  }

  /** {@code value} as a path, relative ones against the santekb folder. */
  private static Path path(Path rootDir, String key, String value) {
    ConfigException.require(!value.isBlank(), key, "must not be blank", "\"" + value + "\"");
    try {
      return rootDir.resolve(value).normalize();
    } catch (InvalidPathException e) {
      throw new ConfigException(key + ": not a valid path (got " + value + ")", e);
    }
  }
}
