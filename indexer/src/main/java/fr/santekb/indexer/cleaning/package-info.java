/**
 * Cleaning: repairs and normalises extracted page texts before enrichment and indexing (mojibake
 * repair, de-hyphenation, removal of duplicated blocks, whitespace normalisation). Each step is a
 * small class; {@link fr.santekb.indexer.cleaning.TextCleaner#clean} shows the pipeline. Depends on
 * the JDK only; every step keeps the number of pages.
 */
package fr.santekb.indexer.cleaning;
