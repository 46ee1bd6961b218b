package fr.santekb.indexer.contracts;

/**
 * One part of a contract-like document: an axe (or orientation), an objectif, a fiche action or
 * projet, an article.
 *
 * @param id identifier within the document ("s1", "s2"… in reading order)
 * @param kind "axe", "objectif", "fiche" or "article"
 * @param number its number as written ("1", "2.3", "IV", "transversal"), or null
 * @param title its title, possibly empty
 * @param page the page its heading is on (from 1), or null for formats without pages
 * @param parent id of the section containing it (a fiche's axe), or null
 * @param start offset of its heading in the document's text
 * @param end offset where its text ends (the next section of its level or above, or the end)
 */
public record Section(String id, String kind, String number, String title, Integer page,
    String parent, int start, int end) {}
