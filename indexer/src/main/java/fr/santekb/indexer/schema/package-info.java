/**
 * The index layout shared with the search API: field names, facets, per-field analyzers, and the mapping from an indexable document to a Lucene document. Depends on analysis, extraction and enrichment records.
 */
package fr.santekb.indexer.schema;
