package fr.santekb.api.search;

import java.util.List;
import java.util.Map;

/**
 * What {@link PhraseHarvester} found in one view of the index.
 *
 * @param entries completion candidates, most frequent first
 * @param surfaceForms analysed (folded) word to the form it is usually written in, accents included
 */
record Harvest(List<Entry> entries, Map<String, String> surfaceForms) {

  /**
   * A completion candidate.
   *
   * @param text what is shown and inserted
   * @param kind {@code phrase} or {@code title}
   * @param id document id for a title, empty for a phrase
   * @param weight rank among candidates (document frequency)
   */
  record Entry(String text, String kind, String id, long weight) {}
}
