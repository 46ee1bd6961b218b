package fr.santekb.api.search;

/**
 * When a search answer estimates its total and facet counts rather than counting every match
 * (see {@link HitSearch}).
 *
 * @param minSampleDocuments an index is sampled only when the sample can hold at least this many
 *     documents with one document in two or fewer: smaller indexes are always counted whole
 * @param estimatedFrom counts are estimates only when the sample says at least this many
 *     documents match; below, every match is counted
 */
public record CountEstimation(int minSampleDocuments, int estimatedFrom) {
  /**
   * Samples of at least 32,768 documents (so indexes of 65,536 documents or more), estimates from
   * 10,000 matches: the relative error of a count estimated from n sampled matches is about
   * 1/√n, under 3 % for the total at the threshold in an index of a million documents.
   */
  public static final CountEstimation DEFAULT = new CountEstimation(32_768, 10_000);
  /** Every count exact, whatever it costs. */
  public static final CountEstimation NEVER =
      new CountEstimation(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public CountEstimation {
    if (minSampleDocuments < 1 || estimatedFrom < 1) {
      throw new IllegalArgumentException("minSampleDocuments and estimatedFrom must be positive");
    }
  }

  /** Whether this estimation never estimates. */
  boolean never() {
    return minSampleDocuments == Integer.MAX_VALUE;
  }
}
