package fr.santekb.indexer.enrichment;

import java.util.List;
import java.util.Optional;

/**
 * The labelled fields of an OSCARS-style action record ("fiche action"), as written in the document
 * (raw strings, before vocabulary matching).
 */
public record ActionRecord(
    Optional<String> title,
    Optional<String> porteur,
    List<String> themes,
    List<String> partners,
    List<String> communes,
    Optional<String> territorialLevel,
    Optional<Integer> startYear,
    List<String> categories) {

  public ActionRecord {
    themes = List.copyOf(themes);
    partners = List.copyOf(partners);
    communes = List.copyOf(communes);
    categories = List.copyOf(categories);
  }
}
