/**
 * Enrichment: recognises entities in a cleaned document (themes, dispositifs, partners, communes,
 * départements, régions, document type, main year) as facet values taken only from the vocabularies
 * and reference geography in {@code config/}, and parses OSCARS-style action records.
 * {@link fr.santekb.indexer.enrichment.Enricher#enrich} shows the pipeline;
 * {@link fr.santekb.indexer.enrichment.Vocabularies} gives labels and value lists to the search API.
 * Depends on {@code config}, {@code extraction} (document and sidecar records) and {@code schema}.
 */
package fr.santekb.indexer.enrichment;
