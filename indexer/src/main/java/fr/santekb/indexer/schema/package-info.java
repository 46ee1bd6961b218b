/**
 * The index layout shared with the search API: field names, facets, document ids and per-field
 * analyzers. Depends on config and analysis only; the mapping of a processed document to a Lucene
 * document lives in {@code index}, so that the pipeline stages may depend on the schema and never
 * the reverse.
 */
package fr.santekb.indexer.schema;
