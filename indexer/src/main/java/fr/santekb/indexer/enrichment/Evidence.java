package fr.santekb.indexer.enrichment;

import java.util.List;

/**
 * Why a facet value was given to a document.
 *
 * @param mentions how many times the text names it
 * @param inTitle whether the title names it
 * @param inRecord whether an action record's field names it
 * @param spans where the first mentions stand in the document's text, at most {@link #MAX_SPANS}
 */
public record Evidence(int mentions, boolean inTitle, boolean inRecord, List<Span> spans) {
  /** Mentions located per value: enough to show why, little to store. */
  public static final int MAX_SPANS = 3;

  public Evidence {
    spans = List.copyOf(spans);
  }

  /** Characters [start, end) of the document's text. */
  public record Span(int start, int end) {}
}
