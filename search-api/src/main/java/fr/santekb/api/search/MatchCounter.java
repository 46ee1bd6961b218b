package fr.santekb.api.search;

import static fr.santekb.api.search.SearchFilters.drillDown;
import static fr.santekb.api.search.SearchFilters.restrict;
import static fr.santekb.api.search.SearchFilters.timed;
import static fr.santekb.api.search.SearchFilters.within;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The total and facet counts of a search's matches, drill-sideways: a filtered facet is counted
 * among the documents matching the query and the other filters (its "near misses"), so its other
 * values stay visible with what choosing them would give; every other facet among the hits.
 *
 * <p>Counting is linear in what is counted, and on a large index a broad query, or the near misses
 * of a filtered one, can be most of the index. Where the index has a {@link DocumentSample} (and
 * the caller allows it), such counts are made in the sample and scaled, when enough sampled
 * documents match for a small error ({@link CountEstimation}); otherwise every document is
 * counted. The answer says which counts are estimates.
 */
final class MatchCounter {
  private final FacetsConfig facetsConfig;
  private final CountEstimation estimation;

  MatchCounter(FacetsConfig facetsConfig, CountEstimation estimation) {
    this.facetsConfig = facetsConfig;
    this.estimation = estimation;
  }

  /**
   * What was counted: the total (at least the hits found when the deadline cut matching), the
   * facets of contents and of files (the format facet counts files), and which are estimates.
   */
  record Counts(long total, Facets contents, Facets files, CountEstimates estimates) {}

  /**
   * Counts the matches of {@code text} filtered as {@code request} asks; {@code top} is the
   * top-hits pass's answer, whose relation tells whether more than its threshold match.
   */
  Counts count(IndexSnapshot snapshot, FacetStates states, SearchRequest request, Query text,
      Deadline deadline, TopDocs top, boolean mayEstimate, StageTimes times) throws IOException {
    Optional<DocumentSample> sample = mayEstimate && !estimation.never()
        ? snapshot.sample(estimation.minSampleDocuments()) : Optional.empty();
    if (sample.isPresent()) {
      if (top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO) {
        Sideways inSample = drillSideways(snapshot, states, request, text, deadline,
            sample.get(), times);
        if (inSample.matches() >= estimation.minSampledMatches() || deadline.cut()) {
          return counts(inSample, top, deadline, CountEstimates.all(sample.get().scale()));
        }
      }
      if (!request.filters().isEmpty()) {
        return nearMisses(snapshot, states, request, text, deadline, top, sample.get(), times);
      }
    }
    return counts(drillSideways(snapshot, states, request, text, deadline, null, times), top,
        deadline, CountEstimates.NONE);
  }

  /** One drill-sideways pass's counts, and how many documents matched every filter. */
  private record Sideways(long matches, Facets contents, Facets files) {}

  /** Counts in one drill-sideways pass, within {@code sample} when not null (unscaled). */
  private Sideways drillSideways(IndexSnapshot snapshot, FacetStates states,
      SearchRequest request, Query text, Deadline deadline, DocumentSample sample,
      StageTimes times) throws IOException {
    Query base = within(timed(contents(snapshot, request, text), deadline), sample);
    PerFacetDrillSideways ds = new PerFacetDrillSideways(snapshot, facetsConfig, states);
    // Constant scores: drill-sideways scores every match of the base query even for a collector
    // that wants none, and the clauses that only score (phrases, "enough words") are dropped.
    PerFacetDrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = ds.search(
        drillDown(facetsConfig, new ConstantScoreQuery(base), request, null),
        new TotalHitCountCollectorManager(snapshot.getSlices()));
    times.lap(SearchStage.FACET_COUNTS);
    Facets files = files(snapshot, states, request, text, deadline, sample, counted.facets);
    times.lap(SearchStage.FORMAT_FACET);
    return new Sideways(counted.collectorResult, counted.facets, files);
  }

  /**
   * The hits counted exactly (they are few: the top-hits pass or the sample said so), each
   * filtered facet among its near misses, in the sample when enough of them are there.
   */
  private Counts nearMisses(IndexSnapshot snapshot, FacetStates states, SearchRequest request,
      Query text, Deadline deadline, TopDocs top, DocumentSample sample, StageTimes times)
      throws IOException {
    Query base = new ConstantScoreQuery(timed(contents(snapshot, request, text), deadline));
    FacetsCollector hits = snapshot.search(drillDown(facetsConfig, base, request, null),
        new FacetsCollectorManager());
    Map<String, Facets> sideways = new HashMap<>();
    Set<FacetName> estimated = EnumSet.noneOf(FacetName.class);
    for (FacetName facet : request.filters().keySet()) {
      Query near = drillDown(facetsConfig, base, request, facet);
      FacetsCollector inSample = snapshot.search(within(near, sample),
          new FacetsCollectorManager());
      if (matches(inSample) >= estimation.minSampledMatches()) {
        sideways.put(facet.apiName(), states.count(inSample, List.of(facet)));
        estimated.add(facet);
      } else {
        FacetsCollector all = snapshot.search(near, new FacetsCollectorManager());
        sideways.put(facet.apiName(), states.count(all, List.of(facet)));
      }
    }
    Facets contents = new MultiFacets(sideways, states.countAll(hits));
    times.lap(SearchStage.FACET_COUNTS);
    Facets files = files(snapshot, states, request, text, deadline, null, contents);
    times.lap(SearchStage.FORMAT_FACET);
    Sideways exact = new Sideways(matches(hits), contents, files);
    return counts(exact, top, deadline, new CountEstimates(false, estimated, sample.scale()));
  }

  private static Counts counts(Sideways counted, TopDocs top, Deadline deadline,
      CountEstimates estimates) {
    long total = estimates.total() ? Math.round(counted.matches() * estimates.scale())
        : counted.matches();
    if (deadline.cut()) {
      total = Math.max(total, top.totalHits.value());
    }
    return new Counts(total, counted.contents(), counted.files(), estimates);
  }

  /** The text query restricted as the request asks, one document per content. */
  private static Query contents(IndexSnapshot snapshot, SearchRequest request, Query text) {
    // Filtering on a format asks for files: every copy of that format is then a hit. Without
    // copies in the index, excluding the secondary ones excludes nothing.
    boolean perFile = request.filters().containsKey(FacetName.FORMAT);
    return restrict(text, request, !perFile && snapshot.hasCopies());
  }

  /**
   * Format counts: every file matching the other filters, copies included. Without copies in the
   * index these are the {@code contents} counts.
   */
  private Facets files(IndexSnapshot snapshot, FacetStates states, SearchRequest request,
      Query text, Deadline deadline, DocumentSample sample, Facets contents) throws IOException {
    if (!snapshot.hasCopies()) {
      return contents;
    }
    FacetsCollector fc = snapshot.search(drillDown(facetsConfig, within(timed(restrict(text,
        request, false), deadline), sample), request, FacetName.FORMAT),
        new FacetsCollectorManager());
    return states.count(fc, List.of(FacetName.FORMAT));
  }

  private static long matches(FacetsCollector fc) {
    return fc.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
  }
}
