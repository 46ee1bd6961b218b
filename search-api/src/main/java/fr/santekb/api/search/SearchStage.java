package fr.santekb.api.search;

/** The parts of one search answer, in the order {@link HitSearch} computes them. */
enum SearchStage {
  /** Looking for misspelt words (the "did you mean" proposal). */
  SPELLING,
  /** Turning the text into a Lucene query (analysis, known-word checks, acronyms). */
  QUERY,
  /** The top hits, scored (or sorted by date). */
  TOP_HITS,
  /** The exact total and the drill-sideways facet counts per content: every match, unscored. */
  FACET_COUNTS,
  /** The format facet's second pass, counting files rather than contents. */
  FORMAT_FACET,
  /** The stored fields of the page's hits. */
  STORED_FIELDS,
  /** Snippets: best passages with the matches marked. */
  HIGHLIGHT,
  /** Each hit's copies in other formats. */
  COPIES,
  /** Facet values read from the counts, labelled. */
  FACET_VALUES
}
