package fr.santekb.api.search;

import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SortOrder;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.FormatCopy;
import fr.santekb.api.results.Hit;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.results.Snippet;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Runs a {@link SearchRequest}: the user's query, facet filters (OR inside a facet, AND across
 * facets) and the year range; one page of hits with snippets; drill-sideways facet counts (a facet's
 * own filter does not hide its other values); and a spelling suggestion.
 */
final class HitSearch {
  /** Values listed per facet in a search answer (the facet endpoint lists them all). */
  static final int FACET_VALUES_SHOWN = 20;
  /** Hits collected per hit shown, so that folding copies still fills the page. */
  static final int COPY_SLACK = 4;
  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  private final FacetsConfig facetsConfig;
  private final QueryBuilder queryBuilder;
  private final FacetLabels labels;
  private final SnippetHighlighter highlighter;
  private final SpellingCorrector corrector;

  HitSearch(FacetsConfig facetsConfig, QueryBuilder queryBuilder, FacetLabels labels,
      SnippetHighlighter highlighter, SpellingCorrector corrector) {
    this.facetsConfig = facetsConfig;
    this.queryBuilder = queryBuilder;
    this.labels = labels;
    this.highlighter = highlighter;
    this.corrector = corrector;
  }

  /**
   * One page of results. A query that matches nothing while its spelling correction matches is
   * answered with the correction's results, and says so in {@code correctedQuery}.
   */
  SearchResponse search(IndexSnapshot snapshot, SearchRequest request) throws IOException {
    long t0 = System.nanoTime();
    Optional<String> correction = request.hasQueryText()
        ? corrector.correct(request.query(), snapshot) : Optional.empty();
    SearchRequest answered = request;
    Query textQuery = queryBuilder.build(request.query(), snapshot.getIndexReader());
    Matches matches = run(snapshot, request, textQuery, depth(snapshot, request));
    String correctedQuery = null;
    if (matches.top().totalHits.value() == 0 && correction.isPresent() && request.autoCorrect()) {
      SearchRequest corrected = request.withQuery(correction.get());
      Query correctedText = queryBuilder.build(corrected.query(), snapshot.getIndexReader());
      Matches correctedMatches = run(snapshot, corrected, correctedText,
          depth(snapshot, corrected));
      if (correctedMatches.top().totalHits.value() > 0) {
        answered = corrected;
        textQuery = correctedText;
        matches = correctedMatches;
        correctedQuery = correction.get();
      }
    }
    ScoreDoc[] all = matches.top().scoreDocs;
    List<CopyGroup> groups = CopyGroup.collapse(snapshot.storedFields(), all);
    int from = Math.min(request.offset(), groups.size());
    int to = Math.min(from + request.size(), groups.size());
    List<Hit> hits = hits(snapshot, textQuery, groups.subList(from, to));
    Map<String, List<FacetValue>> facets = facetValues(matches.facets(), answered);
    long total = matches.top().totalHits.value() - (all.length - groups.size());
    return new SearchResponse(request.query(), total, request.page(),
        request.size(), (System.nanoTime() - t0) / 1_000_000, hits, facets,
        correctedQuery == null ? correction.orElse(null) : null, correctedQuery);
  }

  /**
   * How many hits to collect: enough for the page after copies of one content are folded into
   * one hit ({@link #COPY_SLACK} times the page's end).
   */
  private static int depth(IndexSnapshot snapshot, SearchRequest request) {
    return Math.max(1, Math.min((request.offset() + request.size()) * COPY_SLACK,
        snapshot.getIndexReader().maxDoc()));
  }

  /** Matching documents (exact count, top {@code topN}) and, with facets, their counts. */
  record Matches(TopDocs top, Optional<Facets> facets) {}

  Matches run(IndexSnapshot snapshot, SearchRequest request, Query textQuery, int topN)
      throws IOException {
    try {
      return collect(snapshot, request, textQuery, topN);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidParameterException("q", "the query has too many words or expands to too "
          + "many terms (at most " + IndexSearcher.getMaxClauseCount() + " clauses); shorten it");
    }
  }

  private Matches collect(IndexSnapshot snapshot, SearchRequest request, Query textQuery,
      int topN) throws IOException {
    Query base = withYearRange(textQuery, request);
    boolean byDate = request.effectiveSort() == SortOrder.DATE;
    CollectorManager<?, ? extends TopDocs> collector = byDate
        ? new TopFieldCollectorManager(NEWEST_FIRST, topN, null, Integer.MAX_VALUE)
        : new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE);
    Optional<SortedSetDocValuesReaderState> state = snapshot.facetState();
    TopDocs top;
    Optional<Facets> facets;
    if (state.isPresent()) {
      DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
      request.filters().forEach((facet, values) ->
          values.forEach(v -> ddq.add(facet.apiName(), v)));
      DrillSideways ds = new DrillSideways(snapshot, facetsConfig, state.get());
      DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r = ds.search(ddq, collector);
      top = r.collectorResult;
      facets = Optional.of(r.facets);
    } else {
      top = snapshot.search(base, collector);
      facets = Optional.empty();
    }
    if (byDate) {
      TopFieldCollector.populateScores(top.scoreDocs, snapshot, base);
    }
    return new Matches(top, facets);
  }

  private static Query withYearRange(Query query, SearchRequest request) {
    if (request.yearFrom().isEmpty() && request.yearTo().isEmpty()) {
      return query;
    }
    Query range = IntPoint.newRangeQuery(Fields.YEAR, request.yearFrom().orElse(Integer.MIN_VALUE),
        request.yearTo().orElse(Integer.MAX_VALUE));
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(range, BooleanClause.Occur.FILTER).build();
  }

  private List<Hit> hits(IndexSnapshot snapshot, Query textQuery, List<CopyGroup> page)
      throws IOException {
    int[] docIds = new int[page.size()];
    List<int[]> pageStarts = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      docIds[i] = page.get(i).best().doc;
      pageStarts.add(page.get(i).first().pageStarts());
    }
    List<List<Snippet>> snippets = page.isEmpty() ? List.of()
        : highlighter.snippets(snapshot, textQuery, docIds, pageStarts);
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      StoredHit d = page.get(i).first();
      Map<String, List<String>> facetLabels = new LinkedHashMap<>();
      d.facets().forEach((facet, values) -> facetLabels.put(facet.apiName(),
          values.stream().map(v -> labels.label(facet, v)).toList()));
      String type = d.values(FacetName.TYPE).stream().findFirst()
          .map(v -> labels.label(FacetName.TYPE, v)).orElse(null);
      float score = Float.isNaN(page.get(i).best().score) ? 0f : page.get(i).best().score;
      List<FormatCopy> formats = page.get(i).members().stream().map(m -> new FormatCopy(
          m.values(FacetName.FORMAT).stream().findFirst()
              .map(v -> labels.label(FacetName.FORMAT, v)).orElse(""), m.path(), m.id()))
          .toList();
      hits.add(new Hit(d.id(), d.path(), d.title(), type, d.year(), score, snippets.get(i),
          facetLabels, formats));
    }
    return hits;
  }

  private Map<String, List<FacetValue>> facetValues(Optional<Facets> facets,
      SearchRequest request) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetName facet : FacetName.values()) {
      List<FacetValue> values = new ArrayList<>();
      if (facets.isPresent()) {
        for (FacetCount c : FacetCount.top(facets.get(), facet, FACET_VALUES_SHOWN)) {
          values.add(new FacetValue(c.value(), labels.label(facet, c.value()), c.count()));
        }
        // A selected value stays visible, with its count, even when it is not among the top.
        for (String selected : request.filters().getOrDefault(facet, List.of())) {
          if (values.stream().noneMatch(v -> v.value().equals(selected))) {
            int count = FacetCount.of(facets.get(), facet, selected);
            values.add(new FacetValue(selected, labels.label(facet, selected), count));
          }
        }
      }
      out.put(facet.apiName(), values);
    }
    return out;
  }
}
