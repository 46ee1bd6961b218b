package fr.santekb.api.search;

/**
 * When a search answer estimates its total and facet counts rather than counting every match
 * (see {@link HitSearch}).
 *
 * @param minSampleDocuments an index is sampled only when the sample can hold at least this many
 *     documents with one document in two or fewer: smaller indexes are always counted whole
 * @param minSampledMatches counts are estimates only when at least this many of the sampled
 *     documents match (the relative error of the estimated total is then about {@code
 *     1/√minSampledMatches}); below, every match is counted
 */
public record CountEstimation(int minSampleDocuments, int minSampledMatches) {
  /**
   * Samples of at least 16,384 documents (so indexes of 32,768 documents or more), estimates from
   * 1,000 sampled matches: the estimated total is then within about 3 % (one standard deviation),
   * a facet value holding a tenth of the matches within about 10 %. At 100,000 documents one in 4
   * is sampled and a search is estimated from about 4,000 matches; at 1,000,000, one in 32, from
   * about 32,000.
   */
  public static final CountEstimation DEFAULT = new CountEstimation(16_384, 1_000);
  /** Every count exact, whatever it costs. */
  public static final CountEstimation NEVER =
      new CountEstimation(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public CountEstimation {
    if (minSampleDocuments < 1 || minSampledMatches < 1) {
      throw new IllegalArgumentException("minSampleDocuments and minSampledMatches must be "
          + "positive");
    }
  }

  /** Whether this estimation never estimates. */
  boolean never() {
    return minSampleDocuments == Integer.MAX_VALUE;
  }
}
