package fr.santekb.api.results;

import java.util.List;
import java.util.Map;

/**
 * One matching document in a result page.
 *
 * @param id stable document id
 * @param path file path relative to the source folder it was indexed from
 * @param title document title
 * @param type label of the document type, null when unknown
 * @param year main year of the document, null when unknown
 * @param score relevance score
 * @param snippets best passages, HTML-escaped with matches in {@code <mark>}
 * @param facets facet name to the document's values with their labels (the document view's shape)
 * @param formats every copy of this content in the results (same folder, same file name, other
 *     format), this document first; one entry when there is no other copy
 * @param period a contract's validity period, or null
 * @param sections in a section search, the sections where the query matches, best first; else
 *     empty
 */
public record Hit(
    String id,
    String path,
    String title,
    String type,
    Integer year,
    float score,
    List<Snippet> snippets,
    Map<String, List<LabelledValue>> facets,
    List<FormatCopy> formats,
    ValidityPeriod period,
    List<SectionHit> sections) {}
