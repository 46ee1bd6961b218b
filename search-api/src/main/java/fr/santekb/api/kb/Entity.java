package fr.santekb.api.kb;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the catalog knows of one entity, before counting its documents.
 *
 * @param type its type
 * @param key its facet value
 * @param label display label
 * @param aliases other names it goes by
 * @param senses an acronym's expansions (health sense first); else empty
 * @param description a short description, when there is one
 */
record Entity(EntityType type, String key, String label, List<String> aliases,
    List<String> senses, Optional<String> description) {

  Entity {
    aliases = List.copyOf(aliases);
    senses = List.copyOf(senses);
  }

  /**
   * True when {@code foldedQuery} (a {@link TextKeys#key}) starts one of the names at a word: the
   * label, an alias, an acronym's expansion or the key itself ("atmo" and "sud" find « ATMO Sud »,
   * "13" the Bouches-du-Rhône).
   */
  boolean matches(String foldedQuery) {
    if (foldedQuery.isEmpty()) {
      return true;
    }
    List<String> names = new ArrayList<>(aliases.size() + senses.size() + 2);
    names.add(label);
    names.add(key);
    names.addAll(aliases);
    names.addAll(senses);
    for (String name : names) {
      String folded = TextKeys.key(name);
      if (folded.startsWith(foldedQuery) || folded.contains(" " + foldedQuery)) {
        return true;
      }
    }
    return false;
  }
}
