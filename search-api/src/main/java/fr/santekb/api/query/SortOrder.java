package fr.santekb.api.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (the default; an empty query falls back to {@link #DATE}). */
  RELEVANCE,
  /** Newest document first. */
  DATE;

  /** The name used in the {@code sort} parameter. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> fromApiName(String name) {
    return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
  }
}
