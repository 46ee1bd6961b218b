package fr.santekb.api.results;

/**
 * A completion for what the user is typing.
 *
 * @param text the completed text
 * @param kind {@code phrase} (a frequent phrase of the corpus) or {@code title} (a document title)
 * @param id the document id for a title, null for a phrase
 */
public record Suggestion(String text, String kind, String id) {
  public static final String PHRASE = "phrase";
  public static final String TITLE = "title";
}
