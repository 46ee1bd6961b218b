package fr.santekb.indexer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Typed reads of one section of santekb.yaml: an absent key gives the default, a present one must
 * have the right type, else a {@link ConfigException} names the full key ("serve.port").
 */
final class YamlValues {
  private final JsonNode section;
  private final String prefix;

  /**
   * @param section the mapping under {@code name}, or a missing node
   * @param name the section's key ({@code ""} for the top level)
   * @param allowed the keys the section may hold
   */
  YamlValues(JsonNode section, String name, Set<String> allowed) {
    this.section = section;
    this.prefix = name.isEmpty() ? "" : name + ".";
    checkKeys(allowed);
  }

  private void checkKeys(Set<String> allowed) {
    if (section.isMissingNode() || section.isNull()) {
      return;
    }
    if (!section.isObject()) {
      throw new ConfigException(prefix.isEmpty() ? "santekb.yaml must be a mapping"
          : prefix.substring(0, prefix.length() - 1) + ": must be a mapping");
    }
    for (Iterator<String> it = section.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new ConfigException(prefix + key + ": unknown key (known: "
            + allowed.stream().sorted().toList() + ")");
      }
    }
  }

  JsonNode node(String key) {
    return section.path(key);
  }

  int intValue(String key, int dflt) {
    return value(key, dflt, v -> v.isIntegralNumber() && v.canConvertToInt(),
        "must be a whole number", JsonNode::intValue);
  }

  long longValue(String key, long dflt) {
    return value(key, dflt, JsonNode::isIntegralNumber, "must be a whole number",
        JsonNode::longValue);
  }

  double doubleValue(String key, double dflt) {
    return value(key, dflt, JsonNode::isNumber, "must be a number", JsonNode::doubleValue);
  }

  boolean boolValue(String key, boolean dflt) {
    return value(key, dflt, JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
  }

  String textValue(String key, String dflt) {
    return value(key, dflt, JsonNode::isTextual, "must be a string", JsonNode::textValue);
  }

  /** A list of strings; a single string is not accepted, so a forgotten dash is caught. */
  List<String> textList(String key, List<String> dflt) {
    return value(key, dflt, v -> v.isArray() && allTextual(v), "must be a list of strings",
        v -> {
          List<String> out = new ArrayList<>();
          v.forEach(e -> out.add(e.textValue()));
          return List.copyOf(out);
        });
  }

  /** The full key, for messages of checks made after reading. */
  String key(String key) {
    return prefix + key;
  }

  private static boolean allTextual(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private <T> T value(String key, T dflt, Predicate<JsonNode> valid, String rule,
      Function<JsonNode, T> read) {
    JsonNode v = section.path(key);
    if (v.isMissingNode()) {
      return dflt;
    }
    ConfigException.require(valid.test(v), prefix + key, rule, v);
    return read.apply(v);
  }
}
