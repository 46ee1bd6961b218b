package fr.santekb.indexer.schema;

import org.apache.lucene.facet.FacetsConfig;

/**
 * Names of the Lucene fields, shared by the indexer and the search API. Full-text fields use the
 * stemmed French analyzer; {@code *_exact} fields the unstemmed, folded one.
 */
public final class Fields {
  /** Stable document id (hash of the file's absolute path); unique key for updates. */
  public static final String ID = "id";
  /** Path relative to the source folder, '/'-separated. */
  public static final String PATH = "path";
  /** Absolute path of the source folder the file was indexed from. */
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String TITLE_EXACT = "title_exact";
  /** Cleaned text: stored for snippets and the document view, indexed with offsets. */
  public static final String BODY = "body";
  public static final String BODY_EXACT = "body_exact";
  /**
   * The names of the entities recognised in the document (partners with their aliases, places),
   * one value each: « ATMO Sud » and « Martigues » match the documents they were found in, however
   * the text spells them. Indexed, not stored.
   */
  public static final String ENTITIES = "entities";
  /** Char offsets in BODY where each page starts, the first being 0 (paged formats only). */
  public static final String PAGE_STARTS = "page_starts";
  public static final String MEDIA_TYPE = "media_type";
  public static final String SIZE = "size";
  public static final String HASH = "hash";
  public static final String LANGUAGE = "language";
  public static final String CREATED = "created";
  public static final String MODIFIED = "modified";
  /** File modification time (epoch ms) when indexed: the incremental check. */
  public static final String FILE_MTIME = "file_mtime";
  /** The document's main year: stored, point-indexed and as doc values. */
  public static final String YEAR = "year_num";
  /** Sort key for "newest first": epoch day of the document date (doc values). */
  public static final String DATE_SORT = "date_sort";
  public static final String TRUNCATED = "truncated";
  public static final String SOURCE_URL = "source_url";
  /**
   * Why the document has its theme, dispositif and partner values, as JSON: facet API name →
   * value → {@code {mentions, inTitle, inRecord, spans: [{start, end}]}} (offsets in BODY).
   */
  public static final String EVIDENCE = "evidence";
  /** The parsed action record as JSON, when the document is one. */
  public static final String ACTION_RECORD = "action_record";
  /**
   * What copies of one content in several formats share: source folder and path without the last
   * extension, lower-cased ("rapport.pdf" and "rapport.docx"). Indexed, stored and as doc values.
   */
  public static final String COPY_KEY = "copy_key";
  /**
   * Rank of the document among the copies of its content (doc values, updated after each run): 0
   * for the main copy (the longest text), 1, 2… for the others, which results fold into it.
   */
  public static final String COPY_RANK = "copy_rank";
  /** Length of the cleaned text in characters (doc values): the main copy is the longest. */
  public static final String BODY_CHARS = "body_chars";
  /** A contract's validity period, first and last year: stored and point-indexed (« en vigueur en »). */
  public static final String PERIOD_FROM = "period_from";
  public static final String PERIOD_TO = "period_to";
  /**
   * The document's structure as JSON: a list of {@code {id, kind, number, title, page, parent, start,
   * end}} (offsets in BODY); absent when none was recognised.
   */
  public static final String SECTIONS = "sections";
  /** "1" when the document has sections: what a section search looks in. */
  public static final String HAS_SECTIONS = "has_sections";
  /**
   * How well the text reads, as JSON: {@code {score, knownWordShare, knownWords, unknownWords,
   * repairs: {kind: count}, emptyPages, pages}}. Stored only; its level is the QUALITY facet.
   */
  public static final String QUALITY = "quality";
  /** Version of the indexing pipeline that wrote the document; older documents are re-indexed. */
  public static final String PIPELINE_VERSION = "pipeline_version";

  private Fields() {}

  /** Stored field holding the facet values of {@code facet}, for display. */
  public static String storedFacet(FacetName facet) {
    return "facet_" + facet.apiName();
  }

  /**
   * Doc values of every facet of a document in one field ({@code dim\u001Fvalue}, as Lucene's facet
   * module writes them): counting every facet of a search's matches reads one field per document,
   * half the time of reading each facet's own field.
   */
  public static final String ALL_FACETS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  /**
   * Doc-values and drill-down field of {@code facet}: each facet has its own as well, so counting
   * one facet (a drill-sideways count of a filtered facet) reads that facet's values only.
   */
  public static String facetIndex(FacetName facet) {
    return "$facet_" + facet.apiName();
  }
}
