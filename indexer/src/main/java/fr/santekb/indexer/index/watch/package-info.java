/**
 * Watching source folders: a resident indexer that keeps the pipeline loaded (vocabularies,
 * communes, Tika) and, after a first incremental pass, re-indexes only what changed, batch by batch,
 * through the same {@link fr.santekb.indexer.index.IndexSession} passes as a one-shot run. Part of
 * the index layer; only cli depends on it.
 */
package fr.santekb.indexer.index.watch;
