package fr.santekb.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.results.TextQualityView;
import fr.santekb.indexer.quality.QualityLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the text quality the indexer stores with a document ({@code Fields.QUALITY}). */
final class StoredQuality {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredQuality() {}

  /**
   * The view of the stored quality; null when none was stored. The level is the document's
   * quality facet value (the stored score is rounded: near a threshold it could tell otherwise).
   */
  static TextQualityView parse(String json, List<String> levels) {
    if (json == null) {
      return null;
    }
    JsonNode q;
    try {
      q = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored quality is not readable: " + e.getMessage(), e);
    }
    Map<String, Integer> repairs = new LinkedHashMap<>();
    q.path("repairs").properties().forEach(e -> repairs.put(e.getKey(), e.getValue().asInt()));
    double score = q.path("score").asDouble();
    QualityLevel level = levels.stream().map(QualityLevel::fromId).flatMap(Optional::stream)
        .findFirst().orElse(QualityLevel.of(score));
    return new TextQualityView(score, level.id(), level.label(),
        q.path("knownWordShare").asDouble(), q.path("knownWords").asInt(),
        q.path("unknownWords").asInt(), repairs,
        repairs.values().stream().mapToInt(Integer::intValue).sum(),
        q.path("emptyPages").asInt(), q.path("pages").asInt());
  }
}
