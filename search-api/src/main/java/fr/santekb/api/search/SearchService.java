package fr.santekb.api.search;

import fr.santekb.api.query.FacetTerm;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.ComparisonResponse;
import fr.santekb.api.results.DocumentView;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.FacetValuesResponse;
import fr.santekb.api.results.HealthResponse;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.results.SuggestResponse;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the API asks of the index, each call on one consistent snapshot. Thread-safe; owns
 * the shared searcher, so close it when the server stops.
 */
public final class SearchService implements Closeable {
  private final Searchers searchers;
  private final HitSearch hitSearch;
  private final FacetValueSearch facetValueSearch;
  private final DocumentLookup documents;
  private final QueryBuilder queryBuilder;
  private final CooccurrenceCounter cooccurrences;
  private final MatchExport export;
  private final ContractComparison comparison;
  private final ResponseCache responses = new ResponseCache();
  private final SearchGate gate = SearchGate.perCore();
  private final FacetLabels labels;

  /** Time one search may spend matching before it answers with what it found (partial). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  private SearchService(Searchers searchers, Schema schema, Vocabularies vocabularies,
      Duration budget, CountEstimation estimation) {
    this.searchers = searchers;
    this.queryBuilder = new QueryBuilder(schema, vocabularies.geography().regions());
    FacetLabels labels = new FacetLabels(vocabularies::label);
    SnippetHighlighter highlighter = new SnippetHighlighter(schema.indexAnalyzer());
    this.hitSearch = new HitSearch(schema.facetsConfig(), queryBuilder, labels, highlighter,
        new SpellingCorrector(schema.analysis()), budget, estimation);
    this.export = new MatchExport(hitSearch, highlighter, labels);
    this.comparison = new ContractComparison(hitSearch, labels);
    this.labels = labels;
    this.facetValueSearch = new FacetValueSearch(hitSearch, queryBuilder, labels);
    this.documents = new DocumentLookup(labels);
    this.cooccurrences = new CooccurrenceCounter(schema.facetsConfig(), labels);
  }

  /**
   * Opens the index in {@code indexDir}, read with {@code schema}; facet labels and the names a
   * query matches as one (régions) come from {@code vocabularies}.
   */
  public static SearchService open(Path indexDir, Schema schema, Vocabularies vocabularies,
      Duration refreshEvery) throws IOException {
    return open(indexDir, schema, vocabularies, refreshEvery, DEFAULT_BUDGET);
  }

  /** The same, each search cut after {@code budget} of matching. */
  public static SearchService open(Path indexDir, Schema schema, Vocabularies vocabularies,
      Duration refreshEvery, Duration budget) throws IOException {
    return open(indexDir, schema, vocabularies, refreshEvery, budget, CountEstimation.DEFAULT);
  }

  /** The same, search answers estimating their counts as {@code estimation} says. */
  public static SearchService open(Path indexDir, Schema schema, Vocabularies vocabularies,
      Duration refreshEvery, Duration budget, CountEstimation estimation) throws IOException {
    return new SearchService(Searchers.open(indexDir, schema, refreshEvery), schema,
        vocabularies, budget, estimation);
  }

  /**
   * Keeps answers per index generation (on by default) or computes each one: benchmarks turn it
   * off to measure the engine rather than the cache.
   */
  public void cacheResponses(boolean on) {
    responses.enable(on);
  }

  /**
   * One page of results; the same request on the same index generation is answered once. Answers
   * not kept are computed one per core at a time ({@link SearchGate}); kept ones never wait.
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    return searchers.withSnapshot(s -> responses.get(s.getIndexReader(), request,
        () -> gate.run(() -> hitSearch.search(s, request))));
  }

  /**
   * One page of results computed (never from the cache), the time of each stage charged to
   * {@code times}: how benchmarks see where the time of an answer goes.
   */
  SearchResponse search(SearchRequest request, StageTimes times) throws IOException {
    return searchers.withSnapshot(s -> hitSearch.search(s, request, times));
  }

  /**
   * The documents {@code request} matches (at most 200, in its order) against the values of
   * {@code by}: how often and where each names each value.
   */
  public ComparisonResponse compare(SearchRequest request, FacetName by) throws IOException {
    return searchers.withSnapshot(s -> comparison.compare(s, request, by));
  }

  /**
   * Hands every document matching {@code request} (page and size aside), at most {@code limit},
   * to {@code visitor} in the search's order, all from one snapshot of the index. Like
   * {@link #search}, a query that matches nothing is answered with its spelling correction.
   */
  public void visitMatches(SearchRequest request, int limit, MatchVisitor visitor)
      throws IOException {
    searchers.withSnapshot(s -> {
      export.visit(s, request, limit, visitor);
      return null;
    });
  }

  /** The display label of a facet value (the value itself when no vocabulary names it). */
  public String label(FacetName facet, String value) {
    return labels.label(facet, value);
  }

  /**
   * The document with {@code id}, with where {@code query} matches its text (none when blank);
   * {@link NotFoundException} when there is none.
   */
  public DocumentView document(String id, String query) throws IOException {
    return searchers.withSnapshot(s -> documents.view(s, id,
        query.isBlank() ? Optional.empty() : Optional.of(queryBuilder.build(query,
            s.getIndexReader()))));
  }

  /** The original file of document {@code id}; {@link NotFoundException} when not servable. */
  public DocumentFile file(String id) throws IOException {
    return searchers.withSnapshot(s -> documents.file(s, id));
  }

  /** Values of {@code facet} matching {@code prefix}, counted within {@code context}. */
  public FacetValuesResponse facetValues(FacetName facet, String prefix, int size,
      SearchRequest context) throws IOException {
    return searchers.withSnapshot(s -> facetValueSearch.search(s, facet, prefix, size, context));
  }

  /**
   * The {@code size} most frequent values of {@code counted} among the documents carrying every
   * value of {@code allOf} (AND, even within one facet); copies of one content count once.
   */
  public List<FacetValue> cooccurring(List<FacetTerm> allOf, FacetName counted, int size)
      throws IOException {
    return searchers.withSnapshot(s -> cooccurrences.count(s, allOf, counted, size));
  }

  public SuggestResponse suggest(String text, int size) throws IOException {
    return searchers.withSnapshot(s -> new SuggestResponse(text,
        s.completions().lookup(text, size)));
  }

  public HealthResponse health() throws IOException {
    return searchers.withSnapshot(s -> {
      int documents = s.getIndexReader().numDocs();
      return new HealthResponse("ok", documents, s.commitTime().map(Object::toString).orElse(null),
          documents > 0);
    });
  }

  /** Makes the latest commit visible now instead of at the next periodic check. */
  public void refresh() throws IOException {
    searchers.refresh();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
