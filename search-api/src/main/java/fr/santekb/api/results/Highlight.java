package fr.santekb.api.results;

/**
 * One place where the query matches a document's text.
 *
 * @param page the page (or slide) number, null when the document has no pages
 * @param start first character, in that page's text (or in the whole text without pages)
 * @param end character after the last one
 */
public record Highlight(Integer page, int start, int end) {}
