package fr.santekb.indexer.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads one JSONL record: text that was extracted elsewhere, given to the indexer without Tika.
 *
 * <p>Keys: {@code id} and {@code text} (required; a form feed {@code \f} separates pages, as
 * pdftotext writes them), {@code title} (else the first line of the text), {@code format} (a format
 * id such as pdf or docx, default txt), {@code created} (YYYY-MM-DD), {@code year}, {@code language}
 * (ISO 639-1), {@code meta} (an object with the keys of a {@code .meta.json} sidecar). Other keys
 * are ignored, so records exported by other tools can be indexed as they are. Thread-safe.
 */
public final class JsonlRecordParser {
  /** The media type of every record: its text did not come from a file santekb parsed. */
  public static final String MEDIA_TYPE = "application/x-santekb-record";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TITLE_MAX_CHARS = 200;
  private final int maxChars;

  /** {@code maxChars}: characters kept per record; beyond, the text is cut and marked truncated. */
  public JsonlRecordParser(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Parses {@code line}; {@code origin} (the JSONL file and line number) serves error messages.
   *
   * @throws InvalidRecordException when the line is not a JSON object or a value is missing or
   *     wrong
   */
  public JsonlRecord parse(String line, String origin) throws InvalidRecordException {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException(origin + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidRecordException(origin + ": a record must be a JSON object");
    }
    String id = requiredText(root, "id", origin);
    String text = requiredText(root, "text", origin);
    boolean truncated = text.length() > maxChars;
    if (truncated) {
      text = text.substring(0, maxChars);
    }
    List<String> pages = Arrays.asList(text.split("\f", -1));
    String format = optionalText(root, "format", origin).orElse("txt");
    if (!FormatIds.isIndexedExtension(format) || !format.equals(format.strip())) {
      throw new InvalidRecordException(origin + ": unknown \"format\" " + format);
    }
    Path path;
    try {
      path = Path.of(id + "." + format);
    } catch (InvalidPathException e) {
      throw new InvalidRecordException(origin + ": \"id\" cannot name a file: " + e.getReason());
    }
    String title = optionalText(root, "title", origin).orElseGet(() -> firstLine(pages));
    Sidecar sidecar = sidecar(root, origin);
    ExtractedDocument document = new ExtractedDocument(path, MEDIA_TYPE, format,
        text.getBytes(StandardCharsets.UTF_8).length, sha256(text), title,
        created(root, origin), Optional.empty(), optionalText(root, "language", origin), pages,
        pages.size() > 1, truncated);
    return new JsonlRecord(id, document, sidecar);
  }

  private static Sidecar sidecar(JsonNode root, String origin) throws InvalidRecordException {
    Sidecar meta = Sidecar.none();
    JsonNode node = root.get("meta");
    if (node != null && !node.isNull()) {
      try {
        meta = SidecarReader.parse(node, Path.of("meta"));
      } catch (InvalidSidecarException e) {
        throw new InvalidRecordException(origin + ": " + e.getMessage());
      }
    }
    JsonNode year = root.get("year");
    if (meta.year().isEmpty() && year != null && !year.isNull()) {
      if (!year.isIntegralNumber() || year.asInt() < 1900 || year.asInt() > 2100) {
        throw new InvalidRecordException(origin + ": \"year\" must be a year such as 2021 (got "
            + year + ")");
      }
      meta = new Sidecar(meta.title(), meta.type(), meta.dispositifs(), meta.territories(),
          Optional.of(year.asInt()), meta.partners(), meta.sourceUrl());
    }
    return meta;
  }

  private static Optional<LocalDate> created(JsonNode root, String origin)
      throws InvalidRecordException {
    Optional<String> value = optionalText(root, "created", origin);
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(origin + ": \"created\" must be YYYY-MM-DD (got "
          + value.get() + ")");
    }
  }

  private static String requiredText(JsonNode root, String key, String origin)
      throws InvalidRecordException {
    return optionalText(root, key, origin).orElseThrow(() -> new InvalidRecordException(origin
        + ": \"" + key + "\" is missing"));
  }

  private static Optional<String> optionalText(JsonNode root, String key, String origin)
      throws InvalidRecordException {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new InvalidRecordException(origin + ": \"" + key + "\" must be a non-blank string");
    }
    return Optional.of(node.asText());
  }

  private static String firstLine(List<String> pages) {
    String line = pages.stream().flatMap(String::lines).map(String::strip)
        .filter(l -> !l.isEmpty()).findFirst().orElse("");
    return line.length() > TITLE_MAX_CHARS ? line.substring(0, TITLE_MAX_CHARS) : line;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
