package fr.santekb.indexer.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * An analyzer that keeps the values of a multi-valued field apart: a gap of positions between two
 * values, so that a phrase never runs from the end of one name into the next.
 */
final class SeparateValues extends AnalyzerWrapper {
  /** Wider than any phrase slop the search allows. */
  static final int GAP = 100;

  private final Analyzer delegate;

  SeparateValues(Analyzer delegate) {
    super(delegate.getReuseStrategy());
    this.delegate = delegate;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return delegate;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP;
  }
}
