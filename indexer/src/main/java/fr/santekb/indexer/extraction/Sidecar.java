package fr.santekb.indexer.extraction;

import java.util.List;
import java.util.Optional;

/**
 * Curated metadata given next to a document in {@code <file>.meta.json}; every present field
 * overrides what extraction and enrichment found. Free-text values (type, dispositif, territory,
 * partners) are resolved against the vocabularies and reference geography by the enricher.
 *
 * <p>JSON keys: title, type, dispositif (string or list), territory (list of commune, département or
 * région names or codes), year, partners (list), sourceUrl.
 */
public record Sidecar(
    Optional<String> title,
    Optional<String> type,
    List<String> dispositifs,
    List<String> territories,
    Optional<Integer> year,
    List<String> partners,
    Optional<String> sourceUrl) {

  public static final String SUFFIX = ".meta.json";

  public Sidecar {
    dispositifs = List.copyOf(dispositifs);
    territories = List.copyOf(territories);
    partners = List.copyOf(partners);
  }

  /** A sidecar that overrides nothing. */
  public static Sidecar none() {
    return new Sidecar(Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
        List.of(), Optional.empty());
  }
}
