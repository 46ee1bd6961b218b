/**
 * What the client asks for: typed, validated request records parsed from query parameters (with a
 * clear message naming the bad parameter), and the translation of the user's query text into a
 * Lucene query. Depends on the indexer's schema and Lucene; never on Javalin or the searcher.
 */
package fr.santekb.api.query;
