package fr.santekb.indexer.enrichment;

import java.util.ArrayList;
import java.util.List;

/**
 * A French région from the reference geography.
 *
 * @param code région code, e.g. "93"
 * @param name official name, e.g. "Provence-Alpes-Côte d'Azur"
 * @param aliases other names used in documents, e.g. "Paca", "région Sud", and the former
 *     régions it merged in 2016 ("Alsace" for Grand Est): a document naming one is about it
 * @param formerNames the aliases that name a former région: part of the région, not the whole of
 *     it, so a query for the région may match them but a query for one of them not the région
 */
public record Region(String code, String name, List<String> aliases, List<String> formerNames) {
  public Region {
    aliases = List.copyOf(aliases);
    formerNames = List.copyOf(formerNames);
    if (!aliases.containsAll(formerNames)) {
      throw new IllegalArgumentException("former names must be aliases: " + formerNames);
    }
  }

  /** Today's names: the official name and the aliases that do not name a former région. */
  public List<String> currentNames() {
    List<String> names = new ArrayList<>();
    names.add(name);
    aliases.stream().filter(a -> !formerNames.contains(a)).forEach(names::add);
    return List.copyOf(names);
  }
}
