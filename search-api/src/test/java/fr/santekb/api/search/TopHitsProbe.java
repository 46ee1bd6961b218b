package fr.santekb.api.search;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import fr.santekb.api.bench.MixOptions;
import fr.santekb.api.bench.QueryMixBenchmark;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.query.SortOrder;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Schema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: an experiment on why the scored top-10 pass skips little. For the requests of the
 * mix sorted by relevance, times the top-10 search (exact up to {@code bench.exactUpTo}
 * matches, 1,000 by default, before it may skip) with the query as served and with one wrapper removed at a
 * time: the deadline filter, the drill-down wrapper (its filters as plain FILTER clauses), the
 * exclusion of secondary copies, the scoring-only clauses. Needs -Dbench.facetField=shared for
 * an index written before pipeline version 9.
 */
public final class TopHitsProbe {
  private static final int EXACT_UP_TO = Integer.getInteger("bench.exactUpTo", 1_000);

  private TopHitsProbe() {}

  record Variant(String name, Function<Parts, Query> build) {}

  /** The pieces the served query is made of. */
  record Parts(Query text, SearchRequest request, FacetsConfig config, Query noName, Query core,
      Query any) {}

  /** The clauses of {@code q} of {@code occur}, when it is a boolean query. */
  private static List<Query> clauses(Query q, BooleanClause.Occur occur) {
    List<Query> out = new ArrayList<>();
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() == occur) {
          out.add(c.query());
        }
      }
    }
    return out;
  }

  /** The query without the whole-name clause: the ranked part (see QueryBuilder#build). */
  private static Query ranked(Query q) {
    List<Query> should = clauses(q, BooleanClause.Occur.SHOULD);
    return should.size() == 2 && clauses(q, BooleanClause.Occur.MUST).isEmpty()
        ? should.get(0) : q;
  }

  /** The ranked part without its phrase and near boosts. */
  private static Query core(Query ranked) {
    List<Query> must = clauses(ranked, BooleanClause.Occur.MUST);
    List<Query> should = clauses(ranked, BooleanClause.Occur.SHOULD);
    return must.size() == 1 && !should.isEmpty() && clauses(must.get(0),
        BooleanClause.Occur.MUST).size() == 1 ? must.get(0) : ranked;
  }

  /** The core without the "enough words" clause. */
  private static Query any(Query core) {
    List<Query> must = clauses(core, BooleanClause.Occur.MUST);
    return must.size() == 1 ? must.get(0) : core;
  }

  public static void main(String[] args) throws Exception {
    MixOptions options = MixOptions.fromSystemProperties();
    SantekbConfig config = ConfigLoader.load(options.root().resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    FacetsConfig facets = schema.facetsConfig();
    if ("shared".equals(System.getProperty("bench.facetField"))) {
      facets = new FacetsConfig();
      for (FacetName f : FacetName.values()) {
        facets.setMultiValued(f.apiName(), true);
      }
    }
    QueryBuilder builder = new QueryBuilder(schema,
        Vocabularies.load(config).geography().regions());
    Path index = options.indexes().get(0);
    List<Variant> variants = List.of(
        new Variant("as served", p -> drillDown(p, timed(restrict(p.text(), p.request(), true)))),
        new Variant("no deadline", p -> drillDown(p, restrict(p.text(), p.request(), true))),
        new Variant("filters as FILTER", p -> withFilters(p, timed(restrict(p.text(),
            p.request(), true)))),
        new Variant("no copies exclusion", p -> drillDown(p, timed(restrict(p.text(),
            p.request(), false)))),
        new Variant("bare: text + filters", p -> withFilters(p, restrict(p.text(), p.request(),
            false))),
        new Variant("bare, no name clause", p -> withFilters(p, p.noName())),
        new Variant("bare, core only (no name, phrase, near)", p -> withFilters(p, p.core())),
        new Variant("bare, any-word only (no enough clause)", p -> withFilters(p, p.any())));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Map<String, List<String>>> mix = QueryMixBenchmark.mix(reader, options.random(),
          options.warmup() + options.queries());
      int n = variants.size();
      long[][] nanos = new long[n][options.queries()];
      int k = 0;
      for (int i = 0; i < mix.size(); i++) {
        SearchRequest request = SearchRequestParser.parse(mix.get(i));
        if (request.effectiveSort() != SortOrder.RELEVANCE) {
          continue;
        }
        Query built = builder.build(request.query(), reader);
        Query ranked = ranked(built);
        Query core = core(ranked);
        Parts parts = new Parts(searcher.rewrite(built), request, facets, searcher.rewrite(ranked),
            searcher.rewrite(core), searcher.rewrite(any(core)));
        if (i == 0 || i == 1) {
          System.out.println(built + "\n  core: " + core + "\n  any: " + any(core));
        }
        long first = -1;
        for (int j = 0; j < n; j++) {
          int v = (i + j) % n;
          long t0 = System.nanoTime();
          var top = searcher.search(variants.get(v).build().apply(parts),
              new TopScoreDocCollectorManager(10, null, EXACT_UP_TO));
          long t = System.nanoTime() - t0;
          if (i >= options.warmup() && k < options.queries()) {
            nanos[v][k] = t;
          }
          long sig = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].doc;
          if (v == 0) {
            first = sig;
          }
        }
        if (i >= options.warmup()) {
          k++;
        }
      }
      int measured = Math.min(k, options.queries());
      System.out.printf(Locale.ROOT, "%s: %d relevance-sorted requests; top-10 pass, ms%n%n",
          index, measured);
      System.out.println("| variant | mean | p50 | p90 | p99 |");
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      for (int v = 0; v < n; v++) {
        long[] t = java.util.Arrays.copyOf(nanos[v], measured);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n",
            variants.get(v).name(), ms(java.util.Arrays.stream(t).sum() / Math.max(1, measured)),
            ms(pct(t, 50)), ms(pct(t, 90)), ms(pct(t, 99)));
      }
    }
  }

  private static Query timed(Query q) {
    return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
        .add(new DeadlineFilter(Deadline.after(Duration.ofMinutes(1))), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Query restrict(Query q, SearchRequest request, boolean copies) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    if (copies) {
      b.add(SearchFilters.SECONDARY_COPIES, BooleanClause.Occur.MUST_NOT);
    }
    if (request.yearFrom().isPresent() || request.yearTo().isPresent()) {
      b.add(org.apache.lucene.document.IntPoint.newRangeQuery(
          fr.santekb.indexer.schema.Fields.YEAR, request.yearFrom().orElse(Integer.MIN_VALUE),
          request.yearTo().orElse(Integer.MAX_VALUE)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query drillDown(Parts p, Query base) {
    DrillDownQuery ddq = new DrillDownQuery(p.config(), base);
    p.request().filters().forEach((f, values) -> values.forEach(v -> ddq.add(f.apiName(), v)));
    return ddq;
  }

  private static Query withFilters(Parts p, Query base) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    p.request().filters().forEach((f, values) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      String field = p.config().getDimConfig(f.apiName()).indexFieldName;
      values.forEach(v -> any.add(new TermQuery(DrillDownQuery.term(field, f.apiName(), v)),
          BooleanClause.Occur.SHOULD));
      b.add(any.build(), BooleanClause.Occur.FILTER);
    });
    return b.build();
  }
}
