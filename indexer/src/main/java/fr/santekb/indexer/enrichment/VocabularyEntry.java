package fr.santekb.indexer.enrichment;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a vocabulary (a theme, a dispositif, a partner) as the knowledge base shows it.
 *
 * @param id stable identifier, the facet value
 * @param label display label
 * @param aliases the phrases that name it in documents (acronyms included), as written
 * @param description a short French description, from {@code descriptions.tsv}, when there is one
 */
public record VocabularyEntry(String id, String label, List<String> aliases,
    Optional<String> description) {
  public VocabularyEntry {
    aliases = List.copyOf(aliases);
  }
}
