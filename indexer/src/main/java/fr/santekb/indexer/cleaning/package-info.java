/**
 * Cleaning: repairs and normalises extracted page texts before enrichment and indexing (mojibake
 * repair, de-hyphenation, removal of duplicated blocks, whitespace normalisation). Each step is a
 * small class; {@link fr.santekb.indexer.cleaning.TextCleaner#clean} shows the pipeline, and
 * {@link fr.santekb.indexer.cleaning.TextCleaner#cleanCounting} counts the repairs made on the way
 * (by {@link fr.santekb.indexer.cleaning.RepairKind}). Depends on the JDK and the contracts package
 * (headings kept by duplicate removal); every step keeps the number of pages.
 */
package fr.santekb.indexer.cleaning;
