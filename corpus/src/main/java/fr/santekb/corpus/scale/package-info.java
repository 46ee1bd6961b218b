/**
 * The scale corpus: any number of domain-shaped French documents (contracts, fiches action,
 * reports), drawn deterministically from a seed, written as files in every sample format or as
 * JSONL records for {@code santekb index --jsonl}. Used to measure indexing and search at 100,000
 * documents and more.
 *
 * <p>Depends on the project's configuration files (communes, vocabularies), on the format writers
 * of the indexer's test jar and on the demo templates of {@link fr.santekb.corpus}.
 */
package fr.santekb.corpus.scale;
