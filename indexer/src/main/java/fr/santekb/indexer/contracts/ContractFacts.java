package fr.santekb.indexer.contracts;

import java.util.List;
import java.util.Optional;

/**
 * What a document says of itself as a contract: the years it is in force and its parts.
 *
 * @param period its validity period, when it is contract-like and states one
 * @param sections its axes, objectifs, fiches and articles, in reading order; empty when none
 */
public record ContractFacts(Optional<Period> period, List<Section> sections) {
  public static final ContractFacts NONE = new ContractFacts(Optional.empty(), List.of());

  public ContractFacts {
    sections = List.copyOf(sections);
  }
}
