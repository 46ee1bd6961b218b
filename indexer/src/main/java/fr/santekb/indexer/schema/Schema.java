package fr.santekb.indexer.schema;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index schema in one place: which analyzer each field uses and how facets are configured. The
 * indexer writes with it and the search API reads with the same instance, so they cannot drift apart.
 */
public final class Schema {
  /**
   * Bump when what the pipeline writes changes; older documents are then re-indexed. 9: each
   * facet also in its own doc-values field ({@link Fields#facetIndex}), beside the one shared by
   * all ({@link Fields#ALL_FACETS}); titles, years and places of the metadata work; the PDF text
   * path in the extraction cache's key. 10: the text quality ({@link Fields#QUALITY}, the QUALITY
   * facet).
   */
  public static final int PIPELINE_VERSION = 10;

  private final FrenchAnalysis analysis;
  private final Analyzer indexAnalyzer;
  private final FacetsConfig facetsConfig;
  private final FacetsConfig allFacetsConfig;

  public Schema(FrenchAnalysis analysis) {
    this.analysis = analysis;
    this.indexAnalyzer = new PerFieldAnalyzerWrapper(analysis.text(), Map.of(
        Fields.TITLE_EXACT, analysis.exact(),
        Fields.BODY_EXACT, analysis.exact(),
        Fields.ENTITIES, new SeparateValues(analysis.text())));
    this.facetsConfig = new FacetsConfig();
    this.allFacetsConfig = new FacetsConfig();
    for (FacetName facet : FacetName.values()) {
      allFacetsConfig.setMultiValued(facet.apiName(), true);
      facetsConfig.setMultiValued(facet.apiName(), true);
      facetsConfig.setIndexFieldName(facet.apiName(), Fields.facetIndex(facet));
    }
  }

  public FrenchAnalysis analysis() {
    return analysis;
  }

  /** Per-field analyzer for writing (and for parsing queries against the same fields). */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** How facets are written, drilled down (a filter) and counted one at a time. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** How the field holding every facet ({@link Fields#ALL_FACETS}) is read. */
  public FacetsConfig allFacetsConfig() {
    return allFacetsConfig;
  }
}
