package fr.santekb.api.search;

import fr.santekb.api.query.InvalidParameterException;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchUnit;
import fr.santekb.api.query.SortOrder;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.FormatCopy;
import fr.santekb.api.results.Hit;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a {@link SearchRequest}: the user's query, facet filters (OR inside a facet, AND across
 * facets) and the year range; one page of hits with snippets; drill-sideways facet counts (a facet's
 * own filter does not hide its other values); and a spelling suggestion.
 */
final class HitSearch {
  /** Values listed per facet in a search answer (the facet endpoint lists them all). */
  static final int FACET_VALUES_SHOWN = 20;
  /** Copies of one content listed with its hit, at most. */
  static final int MAX_COPIES = 16;
  /**
   * Matches the top-hits pass counts exactly before it starts skipping those that cannot enter
   * the page; the total comes from the counting pass anyway. Skipping from the first full page
   * instead was measured slower at p99 (the block-max bookkeeping of the nested query costs more
   * than it saves when a query has few matches; BENCHMARKS.md).
   */
  static final int TOTAL_HITS_THRESHOLD = 1_000;
  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(Fields.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  private final FacetsConfig facetsConfig;
  private final QueryBuilder queryBuilder;
  private final FacetLabels labels;
  private final SnippetHighlighter highlighter;
  private final SpellingCorrector corrector;
  private final SectionMatcher sectionMatcher = new SectionMatcher();
  private final Duration budget;
  private final MatchCounter counter;

  /**
   * {@code budget}: the time matching may take in one search before it is cut (partial); {@code
   * estimation}: when a search answer's counts are estimated.
   */
  HitSearch(FacetsConfig facetsConfig, QueryBuilder queryBuilder, FacetLabels labels,
      SnippetHighlighter highlighter, SpellingCorrector corrector, Duration budget,
      CountEstimation estimation) {
    this.counter = new MatchCounter(facetsConfig, estimation);
    this.facetsConfig = facetsConfig;
    this.queryBuilder = queryBuilder;
    this.labels = labels;
    this.highlighter = highlighter;
    this.corrector = corrector;
    this.budget = budget;
  }

  /** A deadline for one search, starting now. */
  Deadline deadline() {
    return Deadline.after(budget);
  }

  /**
   * One page of results. A query that matches nothing while its spelling correction matches is
   * answered with the correction's results, and says so in {@code correctedQuery}. Matching
   * stops when the time budget is spent: the answer then holds what was found and says {@code
   * partial}, and is never replaced by a correction's.
   */
  SearchResponse search(IndexSnapshot snapshot, SearchRequest request) throws IOException {
    return search(snapshot, request, StageTimes.OFF);
  }

  /** The same, charging the time of each stage to {@code times}. */
  SearchResponse search(IndexSnapshot snapshot, SearchRequest request, StageTimes times)
      throws IOException {
    long t0 = System.nanoTime();
    times.start();
    Deadline deadline = deadline();
    Answer answer = answer(snapshot, request, depth(snapshot, request), true, true, deadline,
        times);
    ScoreDoc[] all = answer.matches().top().scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(from + request.size(), all.length);
    List<Hit> hits = hits(snapshot, answer.textQuery(), Arrays.copyOfRange(all, from, to),
        answer.request().unit() == SearchUnit.SECTION && answer.request().hasQueryText(), times);
    Map<String, List<FacetValue>> facets = facetValues(answer.matches(), answer.request());
    times.lap(SearchStage.FACET_VALUES);
    CountEstimates estimates = answer.matches().estimates();
    return new SearchResponse(request.query(), answer.matches().top().totalHits.value(),
        estimates.total(), estimates.facets().stream().map(FacetName::apiName).sorted().toList(),
        request.page(), request.size(), (System.nanoTime() - t0) / 1_000_000, hits, facets,
        answer.correctedQuery().isEmpty() ? answer.correction().orElse(null) : null,
        answer.correctedQuery().orElse(null), deadline.cut());
  }

  /**
   * What a request is answered with.
   *
   * @param request the request as asked, or with its spelling correction when only that matches
   * @param textQuery the query of {@code request}'s text
   * @param correction a spelling correction of the text, whether used or not
   * @param correctedQuery the correction, when the answer is the correction's
   */
  record Answer(SearchRequest request, Query textQuery, Matches matches,
      Optional<String> correction, Optional<String> correctedQuery) {}

  /**
   * The top {@code topN} matches of {@code request}, or of its correction (see {@link #search});
   * a search cut by {@code deadline} is never replaced by its correction's. Totals and counts are
   * exact (never estimated in a sample).
   */
  Answer answer(IndexSnapshot snapshot, SearchRequest request, int topN, boolean withFacets,
      Deadline deadline) throws IOException {
    return answer(snapshot, request, topN, withFacets, false, deadline, StageTimes.OFF);
  }

  private Answer answer(IndexSnapshot snapshot, SearchRequest request, int topN,
      boolean withFacets, boolean mayEstimate, Deadline deadline, StageTimes times)
      throws IOException {
    Optional<String> correction = request.hasQueryText()
        ? corrector.correct(request.query(), snapshot) : Optional.empty();
    times.lap(SearchStage.SPELLING);
    Query textQuery = queryBuilder.build(request.query(), snapshot.getIndexReader());
    times.lap(SearchStage.QUERY);
    Matches matches = run(snapshot, request, textQuery, topN, withFacets, mayEstimate, deadline,
        times);
    if (matches.top().totalHits.value() == 0 && correction.isPresent() && request.autoCorrect()
        && !deadline.cut()) {
      SearchRequest corrected = request.withQuery(correction.get());
      Query correctedText = queryBuilder.build(corrected.query(), snapshot.getIndexReader());
      times.lap(SearchStage.QUERY);
      Matches correctedMatches = run(snapshot, corrected, correctedText, topN, withFacets,
          mayEstimate, deadline, times);
      if (correctedMatches.top().totalHits.value() > 0) {
        return new Answer(corrected, correctedText, correctedMatches, correction, correction);
      }
    }
    return new Answer(request, textQuery, matches, correction, Optional.empty());
  }

  private static int depth(IndexSnapshot snapshot, SearchRequest request) {
    return Math.max(1, Math.min(request.offset() + request.size(),
        snapshot.getIndexReader().maxDoc()));
  }

  /**
   * Matching documents (total, top {@code topN}) and, with facets, their counts: per content,
   * except the format facet, which counts files (a report in PDF and DOCX counts once for each
   * format); {@code estimates} says which counts were made in a sample of the index, and how to
   * scale them.
   */
  record Matches(TopDocs top, Optional<Facets> contents, Optional<Facets> files,
      CountEstimates estimates) {
    Matches(TopDocs top, Optional<Facets> contents, Optional<Facets> files) {
      this(top, contents, files, CountEstimates.NONE);
    }

    Optional<Facets> facets(FacetName facet) {
      return facet == FacetName.FORMAT ? files : contents;
    }

  }

  /** Matches with exact totals and counts (see {@link #answer}). */
  Matches run(IndexSnapshot snapshot, SearchRequest request, Query textQuery, int topN,
      Deadline deadline) throws IOException {
    return run(snapshot, request, textQuery, topN, true, false, deadline, StageTimes.OFF);
  }

  private Matches run(IndexSnapshot snapshot, SearchRequest request, Query textQuery, int topN,
      boolean withFacets, boolean mayEstimate, Deadline deadline, StageTimes times)
      throws IOException {
    try {
      return collect(snapshot, request, textQuery, topN, withFacets, mayEstimate, deadline,
          times);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidParameterException("q", "the query has too many words or expands to too "
          + "many terms (at most " + IndexSearcher.getMaxClauseCount() + " clauses); shorten it");
    }
  }

  private Matches collect(IndexSnapshot snapshot, SearchRequest request, Query textQuery,
      int topN, boolean withFacets, boolean mayEstimate, Deadline deadline, StageTimes times)
      throws IOException {
    // Filtering on a format asks for files: every copy of that format is then a hit.
    boolean perFile = request.filters().containsKey(FacetName.FORMAT);
    // Rewritten once (fuzzy words and prefixes expanded) for the passes below, not once each.
    Query text = snapshot.rewrite(QueryBuilder.forMatching(textQuery));
    // Without copies in the index, excluding the secondary ones excludes nothing.
    Query base = SearchFilters.restrict(text, request, !perFile && snapshot.hasCopies());
    Query timed = SearchFilters.timed(base, deadline);
    boolean byDate = request.effectiveSort() == SortOrder.DATE;
    Optional<FacetStates> states = snapshot.facetStates();
    if (states.isEmpty() || !withFacets) {
      TopDocs top = snapshot.search(states.isEmpty() ? timed : drillDown(timed, request, null),
          topCollector(byDate, topN, Integer.MAX_VALUE));
      scoreByDate(snapshot, top, byDate, base);
      times.lap(SearchStage.TOP_HITS);
      return new Matches(top, Optional.empty(), Optional.empty());
    }
    // The top hits are scored first, skipping the documents that cannot enter the page; then
    // counting visits the matches (or, where they are many on a large index, a sample of them)
    // but scores none: the hits are those an exhaustive scoring pass would give. Ran out of time,
    // the hits found stay and the total is at least their count (the answer says partial).
    TopDocs top = snapshot.search(drillDown(timed, request, null),
        topCollector(byDate, topN, TOTAL_HITS_THRESHOLD));
    scoreByDate(snapshot, top, byDate, base);
    times.lap(SearchStage.TOP_HITS);
    MatchCounter.Counts counts = counter.count(snapshot, states.get(), request, text, deadline,
        top, mayEstimate, times);
    TopDocs all = new TopDocs(new TotalHits(counts.total(), TotalHits.Relation.EQUAL_TO),
        top.scoreDocs);
    return new Matches(all, Optional.of(counts.contents()), Optional.of(counts.files()),
        counts.estimates());
  }

  /**
   * Top {@code topN} by score, or newest first; matching is exhaustive until {@code exactUpTo}
   * documents are counted, after which the documents that cannot enter the top are skipped.
   */
  private static CollectorManager<?, ? extends TopDocs> topCollector(boolean byDate, int topN,
      int exactUpTo) {
    return byDate ? new TopFieldCollectorManager(NEWEST_FIRST, topN, null, exactUpTo)
        : new TopScoreDocCollectorManager(topN, null, exactUpTo);
  }

  /** Hits sorted by date get their scores, computed without the deadline: they were found. */
  private static void scoreByDate(IndexSnapshot snapshot, TopDocs top, boolean byDate,
      Query base) throws IOException {
    if (byDate) {
      TopFieldCollector.populateScores(top.scoreDocs, snapshot, base);
    }
  }

  private DrillDownQuery drillDown(Query base, SearchRequest request, FacetName skipped) {
    return SearchFilters.drillDown(facetsConfig, base, request, skipped);
  }

  /** The hits of one page; with {@code sections}, each with the sections where it matches. */
  private List<Hit> hits(IndexSnapshot snapshot, Query textQuery, ScoreDoc[] page,
      boolean sections, StageTimes times) throws IOException {
    HighlightedBatch batch = HighlightedBatch.load(snapshot, highlighter, textQuery, page, times);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      StoredHit d = batch.docs().get(i);
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(new Hit(d.id(), d.path(), d.title(), labels.firstLabel(FacetName.TYPE,
          d.values(FacetName.TYPE)), d.year(), score, batch.snippets().get(i),
          labels.labelled(d.facets()), formats(snapshot, d), d.period(), sections
              ? sectionMatcher.best(snapshot, textQuery, page[i].doc, d.sectionsJson())
              : List.of()));
    }
    times.lap(SearchStage.COPIES);
    return hits;
  }

  /** The copies of {@code hit}'s content: the hit first, then the others by path. */
  private List<FormatCopy> formats(IndexSnapshot snapshot, StoredHit hit) throws IOException {
    List<StoredHit> copies = new ArrayList<>();
    if (hit.copyKey() != null && snapshot.hasCopies()) {
      StoredFields stored = snapshot.storedFields();
      for (ScoreDoc sd : snapshot.search(new TermQuery(new Term(Fields.COPY_KEY, hit.copyKey())),
          MAX_COPIES).scoreDocs) {
        StoredHit copy = StoredHit.load(stored, sd.doc);
        if (!copy.id().equals(hit.id())) {
          copies.add(copy);
        }
      }
    }
    copies.sort(Comparator.comparing(StoredHit::path));
    copies.add(0, hit);
    return copies.stream().map(c -> new FormatCopy(c.values(FacetName.FORMAT).stream()
        .findFirst().map(v -> labels.label(FacetName.FORMAT, v)).orElse(""), c.path(), c.id()))
        .toList();
  }

  private Map<String, List<FacetValue>> facetValues(Matches matches, SearchRequest request)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetName facet : FacetName.values()) {
      Optional<Facets> facets = matches.facets(facet);
      List<FacetValue> values = new ArrayList<>();
      if (facets.isPresent()) {
        for (FacetCount c : FacetCount.top(facets.get(), facet, FACET_VALUES_SHOWN)) {
          values.add(new FacetValue(c.value(), labels.label(facet, c.value()),
              matches.estimates().scaled(facet, c.count())));
        }
        // A selected value stays visible, with its count, even when it is not among the top.
        for (String selected : request.filters().getOrDefault(facet, List.of())) {
          if (values.stream().noneMatch(v -> v.value().equals(selected))) {
            int count = FacetCount.of(facets.get(), facet, selected);
            values.add(new FacetValue(selected, labels.label(facet, selected),
                matches.estimates().scaled(facet, count)));
          }
        }
      }
      out.put(facet.apiName(), values);
    }
    return out;
  }
}
