/**
 * Searching the index: one shared, periodically refreshed searcher ({@link
 * fr.santekb.api.search.Searchers}) whose snapshots carry what is derived from one index commit
 * (facet ordinals, completions, vocabulary), hit search with drill-sideways facet counts, snippets
 * with page numbers, spelling corrections, facet value search, document and file lookup. Depends on
 * the indexer's schema and analysis, Lucene, {@code api.query} and {@code api.results}; never on
 * Javalin.
 */
package fr.santekb.api.search;
