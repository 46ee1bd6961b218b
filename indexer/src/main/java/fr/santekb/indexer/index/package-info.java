/**
 * Indexing runs: walk source folders, run the per-file pipeline (extract, clean, enrich, map to a
 * Lucene document), write incrementally with one atomic commit, rank copies of one content, report
 * every file's outcome. Re-indexing reuses work: an extraction cache keyed by content
 * ({@link fr.santekb.indexer.index.ExtractionCache}) and a state file per commit
 * ({@link fr.santekb.indexer.index.IndexedStateFile}) live in the index folder. Depends on every stage package and the schema; only cli depends on it.
 */
package fr.santekb.indexer.index;
