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
 * @param searchKeys its names folded once ({@link TextKeys#key}): label, key, aliases, senses
 */
record Entity(EntityType type, String key, String label, List<String> aliases,
    List<String> senses, Optional<String> description, List<String> searchKeys) {

  Entity {
    aliases = List.copyOf(aliases);
    senses = List.copyOf(senses);
    searchKeys = List.copyOf(searchKeys);
  }

  /** An entity whose names are folded here, once: the catalog holds 35,000 communes. */
  Entity(EntityType type, String key, String label, List<String> aliases, List<String> senses,
      Optional<String> description) {
    this(type, key, label, aliases, senses, description, keys(key, label, aliases, senses));
  }

  private static List<String> keys(String key, String label, List<String> aliases,
      List<String> senses) {
    List<String> names = new ArrayList<>(aliases.size() + senses.size() + 2);
    names.add(TextKeys.key(label));
    names.add(TextKeys.key(key));
    aliases.forEach(a -> names.add(TextKeys.key(a)));
    senses.forEach(a -> names.add(TextKeys.key(a)));
    return names;
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
    for (String folded : searchKeys) {
      if (folded.startsWith(foldedQuery) || folded.contains(" " + foldedQuery)) {
        return true;
      }
    }
    return false;
  }
}
