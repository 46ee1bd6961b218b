package fr.santekb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks JSON values against the schemas of the project's OpenAPI 3.0 document: types, nullable,
 * required and unknown properties, enums, patterns, numeric bounds, arrays and $ref. Small on
 * purpose: it covers exactly the keywords {@code openapi.yaml} uses, and fails on any other.
 */
public final class OpenApiValidator {
  private static final List<String> KNOWN = List.of("type", "nullable", "required", "properties",
      "additionalProperties", "items", "enum", "pattern", "minimum", "maximum", "maxLength",
      "description", "$ref", "format", "default", "minItems");
  private final JsonNode document;

  private OpenApiValidator(JsonNode document) {
    this.document = document;
  }

  /** Loads {@code /openapi.yaml} from the class path (the file the server serves). */
  public static OpenApiValidator load() {
    try (InputStream in = OpenApiValidator.class.getResourceAsStream("/openapi.yaml")) {
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OpenApiValidator parse(byte[] yaml) throws IOException {
    return new OpenApiValidator(new ObjectMapper(new YAMLFactory()).readTree(yaml));
  }

  public JsonNode document() {
    return document;
  }

  /** Errors of {@code value} against components/schemas/{@code schemaName}; empty when valid. */
  public List<String> validate(JsonNode value, String schemaName) {
    JsonNode schema = document.path("components").path("schemas").path(schemaName);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + schemaName);
    }
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    JsonNode target = document;
    for (String part : ref.asText().substring(2).split("/")) {
      target = target.path(part);
    }
    if (target.isMissingNode()) {
      throw new IllegalArgumentException("unresolved " + ref.asText());
    }
    return target;
  }

  private void check(JsonNode value, JsonNode rawSchema, String path, List<String> errors) {
    JsonNode schema = resolve(rawSchema);
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException("validator does not support keyword " + key);
      }
    }
    if (value == null || value.isMissingNode()) {
      errors.add(path + ": missing");
      return;
    }
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        errors.add(path + ": null but not nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> checkObject(value, schema, path, errors);
      case "array" -> {
        if (!value.isArray()) {
          errors.add(path + ": not an array");
          return;
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
          errors.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
        }
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          errors.add(path + ": not a string: " + value);
          return;
        }
        if (schema.has("pattern")
            && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
          errors.add(path + ": does not match " + schema.get("pattern").asText());
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          errors.add(path + ": not an integer: " + value);
          return;
        }
        checkBounds(value, schema, path, errors);
      }
      case "number" -> {
        if (!value.isNumber()) {
          errors.add(path + ": not a number: " + value);
          return;
        }
        checkBounds(value, schema, path, errors);
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          errors.add(path + ": not a boolean: " + value);
        }
      }
      default -> throw new IllegalArgumentException("schema without a known type at " + path);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.asText().equals(value.asText());
      }
      if (!found) {
        errors.add(path + ": " + value + " not in " + schema.get("enum"));
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (!value.isObject()) {
      errors.add(path + ": not an object");
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(path + ": missing required " + required.asText());
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      String p = path + "." + e.getKey();
      if (properties.has(e.getKey())) {
        check(e.getValue(), properties.get(e.getKey()), p, errors);
      } else if (additional != null && additional.isObject()) {
        check(e.getValue(), additional, p, errors);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        errors.add(p + ": not in the schema");
      }
    }
  }

  private static void checkBounds(JsonNode value, JsonNode schema, String path,
      List<String> errors) {
    if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
      errors.add(path + ": " + value + " < minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
      errors.add(path + ": " + value + " > maximum " + schema.get("maximum"));
    }
  }
}
