package fr.santekb.indexer.enrichment;

import java.util.List;

/**
 * A French région from the reference geography.
 *
 * @param code région code, e.g. "93"
 * @param name official name, e.g. "Provence-Alpes-Côte d'Azur"
 * @param aliases other names used in documents, e.g. "Paca", "région Sud"
 */
public record Region(String code, String name, List<String> aliases) {
  public Region {
    aliases = List.copyOf(aliases);
  }
}
