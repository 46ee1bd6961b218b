package fr.santekb.indexer.contracts;

/**
 * The years a contract is in force, both included ("2025/2028": 2025 to 2028).
 *
 * @param from first year
 * @param to last year, not before {@code from}
 */
public record Period(int from, int to) {
  public Period {
    if (to < from) {
      throw new IllegalArgumentException("a period ends after it starts: " + from + "-" + to);
    }
  }

  /** True when the contract is in force during {@code year}. */
  public boolean covers(int year) {
    return from <= year && year <= to;
  }
}
