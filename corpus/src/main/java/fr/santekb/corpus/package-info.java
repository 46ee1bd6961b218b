/**
 * The Maven module that owns the demonstration corpus: French local health-policy documents
 * invented by the project (contracts, action records, slides, indicators...), kept as readable
 * templates under {@code resources/demo/} and written deterministically in every format into
 * {@code corpus/documents} by {@link fr.santekb.corpus.DemoCorpusGenerator}, through {@link
 * fr.santekb.corpus.GenerateCorpusCommand} ({@code ./santekb generate-corpus}).
 *
 * <p>Not part of the product: it depends on the indexer's {@link
 * fr.santekb.indexer.extraction.Sidecar} record and on the format writers of the indexer's test
 * jar ({@code fr.santekb.indexer.samples}), which the indexer's own tests use as fixtures.
 */
package fr.santekb.corpus;
