package fr.santekb.api.results;

/**
 * One part of a contract-like document, as the document view lists them.
 *
 * @param id identifier within the document ("s3")
 * @param kind axe, objectif, fiche or article
 * @param number its number as written ("1", "2.3", "transversal"), or null
 * @param title its title, possibly empty
 * @param page the page of its heading, or null for formats without pages
 * @param parent the id of the section containing it, or null
 */
public record SectionView(String id, String kind, String number, String title, Integer page,
    String parent) {}
