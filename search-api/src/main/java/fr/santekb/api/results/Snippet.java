package fr.santekb.api.results;

/**
 * A passage of a document's text.
 *
 * @param text HTML: every character escaped except the {@code <mark>} tags around matched words
 * @param page page (or slide) number the passage starts on, null when the format has no pages
 */
public record Snippet(String text, Integer page) {}
