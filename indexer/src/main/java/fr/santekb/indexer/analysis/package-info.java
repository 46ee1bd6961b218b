/**
 * French text analysis: the Lucene analyzer chains for the stemmed text fields and the unstemmed
 * exact field, built from the word lists in {@code config/analysis/}, plus the acronym table used
 * for query expansion.
 *
 * <p>Depends on Lucene core and analysis-common and on {@code fr.santekb.indexer.config} (for
 * {@code ConfigException}) only. Schema, indexing and the search API use it; it uses none of them.
 */
package fr.santekb.indexer.analysis;
