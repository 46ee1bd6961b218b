package fr.santekb.api.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Everything the index holds about one document, for the document view.
 *
 * @param id stable document id
 * @param path file path relative to its source folder
 * @param title document title
 * @param type label of the document type, null when unknown
 * @param year main year, null when unknown
 * @param format short format id (pdf, docx, html...), null when unknown
 * @param mediaType detected media type of the original file
 * @param sizeBytes size of the original file
 * @param created creation date (ISO-8601) from the file's metadata, null when unknown
 * @param modified last-modified date (ISO-8601) from the file's metadata, null when unknown
 * @param language detected language (ISO 639-1), null when unknown
 * @param sourceUrl where the document was published, null when unknown
 * @param truncated whether the indexed text was cut at the configured limit
 * @param facets facet name to the document's values and labels
 * @param evidence facet name to value to why the document has it (themes, dispositifs and
 *     partners found in its text); empty for values set otherwise
 * @param highlights where the query given with the request matches the text, in order, each in
 *     its page's text (or in {@code text} without pages); empty without a query
 * @param text the cleaned text
 * @param pages the text of each page or slide, null when the format has no pages
 * @param actionRecord the fields of an action record ("fiche action"), null when it is not one
 * @param fileUrl where to download the original file
 * @param period a contract's validity period, or null
 * @param sections its axes, objectifs, fiches and articles in reading order; empty when none
 * @param quality how well its text reads, null for a document indexed without it
 */
public record DocumentView(
    String id,
    String path,
    String title,
    String type,
    Integer year,
    String format,
    String mediaType,
    long sizeBytes,
    String created,
    String modified,
    String language,
    String sourceUrl,
    boolean truncated,
    Map<String, List<LabelledValue>> facets,
    Map<String, Map<String, ValueEvidence>> evidence,
    List<Highlight> highlights,
    String text,
    List<String> pages,
    JsonNode actionRecord,
    String fileUrl,
    ValidityPeriod period,
    List<SectionView> sections,
    TextQualityView quality) {}
