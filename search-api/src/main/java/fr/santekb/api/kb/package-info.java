/**
 * The knowledge base: partners, places, themes, dispositifs and acronyms as entities with their
 * documents, their related entities and, for places, their hierarchy. Reads the index through
 * {@link fr.santekb.api.search.SearchService} and the vocabularies and reference geography of
 * {@code config/}; knows nothing of HTTP.
 */
package fr.santekb.api.kb;
