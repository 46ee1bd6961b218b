/**
 * Indexing runs: walk source folders, run the per-file pipeline (extract, clean, enrich, map), write to Lucene incrementally with one atomic commit, report every file's outcome. Depends on every stage package.
 */
package fr.santekb.indexer.index;
