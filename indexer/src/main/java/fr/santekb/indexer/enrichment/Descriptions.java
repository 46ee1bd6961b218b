package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.schema.FacetName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short French descriptions of vocabulary entries ({@code descriptions.tsv}: facet, id,
 * description), shown on the knowledge-base pages. Optional file; every line must name a known
 * entry of a vocabulary facet, once.
 */
final class Descriptions {
  static final String FILE = "descriptions.tsv";
  /** Longer than this is no short description: it belongs in a document. */
  static final int MAX_LENGTH = 300;

  private final Map<FacetName, Map<String, String>> byFacet;

  private Descriptions(Map<FacetName, Map<String, String>> byFacet) {
    this.byFacet = byFacet;
  }

  /** Reads {@code file} (none when absent), checking ids against {@code knownIds} per facet. */
  static Descriptions load(Path file, Map<FacetName, ? extends Collection<String>> knownIds) {
    Map<FacetName, Map<String, String>> byFacet = new EnumMap<>(FacetName.class);
    if (!Files.exists(file)) {
      return new Descriptions(byFacet);
    }
    for (TsvTable.Row row : TsvTable.read(file, List.of("facet", "id", "description"))) {
      Optional<FacetName> facet = FacetName.fromApiName(row.get("facet"))
          .filter(knownIds::containsKey);
      ConfigException.require(facet.isPresent(), row.where(),
          "facet must be one of " + knownIds.keySet().stream().map(FacetName::apiName).toList(),
          row.get("facet"));
      String id = row.get("id");
      ConfigException.require(knownIds.get(facet.get()).contains(id), row.where(),
          "unknown id for " + row.get("facet"), id);
      String description = row.get("description");
      ConfigException.require(!description.isEmpty() && description.length() <= MAX_LENGTH,
          row.where(), "a description has 1 to " + MAX_LENGTH + " characters",
          description.length());
      Map<String, String> descriptions = byFacet.computeIfAbsent(facet.get(),
          k -> new HashMap<>());
      ConfigException.require(descriptions.putIfAbsent(id, description) == null, row.where(),
          "duplicate description", id);
    }
    return new Descriptions(byFacet);
  }

  Optional<String> of(FacetName facet, String id) {
    return Optional.ofNullable(byFacet.getOrDefault(facet, Map.of()).get(id));
  }
}
