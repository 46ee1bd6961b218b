/**
 * Relevance evaluation: a judged query set read from {@code config/eval}, rankers (the engine
 * through {@link fr.santekb.api.search.SearchService}, as the API runs it, and plain Lucene BM25
 * baselines built from the same extracted text), graded metrics and the kept figures they are
 * checked against. May depend on {@code api.search}, {@code api.query} and the indexer's schema.
 */
package fr.santekb.api.eval;
