/**
 * The demo corpus: French local health-policy documents invented by the project (contracts, action
 * records, slides, indicators...), kept as readable templates under {@code resources/demo/} and
 * written deterministically in every sample format by {@link
 * fr.santekb.indexer.samples.demo.DemoCorpusGenerator}.
 *
 * <p>Depends only on {@code fr.santekb.indexer.samples} (the document model and its writers), on the
 * {@link fr.santekb.indexer.extraction.Sidecar} record for curated metadata, and on Jackson to write it.
 */
package fr.santekb.indexer.samples.demo;
