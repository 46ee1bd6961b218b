package fr.santekb.api.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.results.SectionView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the structure the indexer stores with a document ({@code Fields.SECTIONS}). */
final class StoredSections {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One stored section, with its span [start, end) in the document's text. */
  record Stored(String id, String kind, String number, String title, Integer page, String parent,
      int start, int end) {
    SectionView view() {
      return new SectionView(id, kind, number, title, page, parent);
    }
  }

  private StoredSections() {}

  /** The sections in {@code json}; none when it is null. */
  static List<Stored> parse(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Stored>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("stored sections are not readable: " + e.getMessage(), e);
    }
  }
}
