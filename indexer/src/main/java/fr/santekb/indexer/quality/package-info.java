/**
 * Text quality: how well the cleaned text of a document reads, as one score in [0, 1] and a level
 * (bonne, moyenne, faible), from the share of its words found in a French word list, its pages
 * without text and the repairs cleaning made. {@link fr.santekb.indexer.quality.TextQuality} shows
 * the computation. Depends on the cleaning package and the JDK only.
 */
package fr.santekb.indexer.quality;
