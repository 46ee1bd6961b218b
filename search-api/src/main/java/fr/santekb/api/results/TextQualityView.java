package fr.santekb.api.results;

import java.util.Map;

/**
 * How well a document's text reads (see the indexer's quality package): the score, its level and
 * its parts.
 *
 * @param score known-word share × (1 − share of pages without text), in [0, 1]
 * @param level « bonne », « moyenne » or « faible » (the value of the quality facet)
 * @param levelLabel the level as shown (« Bonne »)
 * @param knownWordShare share of the counted words found in the French word list, in [0, 1]
 * @param knownWords words found in the list
 * @param unknownWords words not found (names and acronyms are not counted)
 * @param repairs repairs made by the cleaning, by kind (encoding, bullets, glyphs, hyphenation,
 *     duplicates); kinds with none are absent
 * @param repairCount all repairs
 * @param emptyPages pages or slides without text (image-only), 0 for formats without pages
 * @param pages pages or slides, 0 for formats without pages
 */
public record TextQualityView(double score, String level, String levelLabel,
    double knownWordShare, int knownWords, int unknownWords, Map<String, Integer> repairs,
    int repairCount, int emptyPages, int pages) {}
