package fr.santekb.api.results;

import java.util.List;

/**
 * A completion for what the user is typing.
 *
 * @param text the completed text
 * @param kind {@code phrase} (a frequent phrase of the corpus) or {@code title} (a document title)
 * @param id the document id for a title, null for a phrase
 * @param marks the words of {@code text} that start with a typed word, as character ranges
 *     [start, end), in order: what a client shows in bold
 */
public record Suggestion(String text, String kind, String id, List<int[]> marks) {
  public Suggestion {
    marks = List.copyOf(marks);
  }

  /** The same suggestion with the words matching {@code typed} marked. */
  public Suggestion markedFor(String typed) {
    return new Suggestion(text, kind, id, TypedWords.ranges(text, typed));
  }

  public static final String PHRASE = "phrase";
  public static final String TITLE = "title";
}
