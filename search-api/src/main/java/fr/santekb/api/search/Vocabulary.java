package fr.santekb.api.search;

import java.util.Map;
import java.util.Optional;

/** The usual written form of the corpus's words, to show corrections with their accents. */
public final class Vocabulary {
  private final Map<String, String> surfaceForms;

  Vocabulary(Map<String, String> surfaceForms) {
    this.surfaceForms = Map.copyOf(surfaceForms);
  }

  /** How the analysed word {@code token} is usually written ("sante" → "santé"). */
  public Optional<String> surface(String token) {
    return Optional.ofNullable(surfaceForms.get(token));
  }
}
