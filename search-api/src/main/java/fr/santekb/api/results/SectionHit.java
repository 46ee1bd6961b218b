package fr.santekb.api.results;

/**
 * A section of a hit where the query matches, in a section search ({@code unit=section}).
 *
 * @param id identifier within the document
 * @param kind axe, objectif, fiche or article
 * @param number its number as written, or null
 * @param title its title
 * @param page the page of its heading, or null
 * @param words distinct query words found in the section
 * @param snippet its first passage with a match, HTML-escaped, matches in {@code <mark>}
 */
public record SectionHit(String id, String kind, String number, String title, Integer page,
    int words, String snippet) {}
