package fr.santekb.api.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One matching document as exports list it: what a hit shows, with its best passage as plain text.
 *
 * @param id stable document id
 * @param path file path relative to its source folder
 * @param title document title
 * @param type label of the document type, null when unknown
 * @param year main year, null when unknown
 * @param date the date the index orders documents by (created date, else 1 July of the year), null
 *     when the document has none or the order is by relevance
 * @param facets facet name to the document's values with their labels
 * @param excerpt the best passage as plain text (no markup, whitespace collapsed), "" when none
 * @param excerptPage the page the passage starts on, null when the format has no pages
 */
public record MatchedDocument(
    String id,
    String path,
    String title,
    String type,
    Integer year,
    LocalDate date,
    Map<String, List<LabelledValue>> facets,
    String excerpt,
    Integer excerptPage,
    ValidityPeriod period) {

  /** The values of facet {@code apiName}, empty when the document has none. */
  public List<LabelledValue> values(String apiName) {
    return facets.getOrDefault(apiName, List.of());
  }
}
