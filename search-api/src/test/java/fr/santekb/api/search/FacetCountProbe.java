package fr.santekb.api.search;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import fr.santekb.api.bench.MixOptions;
import fr.santekb.api.bench.QueryMixBenchmark;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: the cost of counting every facet of a search's matches, in one shared doc-values
 * field ({@code -Dbench.index=A,B}: in A) and in one field per facet (in B, of pipeline version 9
 * or later), for the same queries of the mix (drawn from A), without filters.
 */
public final class FacetCountProbe {
  private FacetCountProbe() {}

  public static void main(String[] args) throws Exception {
    MixOptions options = MixOptions.fromSystemProperties();
    SantekbConfig config = ConfigLoader.load(options.root().resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    QueryBuilder builder = new QueryBuilder(schema,
        Vocabularies.load(config).geography().regions());
    FacetsConfig shared = new FacetsConfig();
    for (FacetName f : FacetName.values()) {
      shared.setMultiValued(f.apiName(), true);
    }
    List<Map<String, List<String>>> mix;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(options.indexes().get(0)))) {
      mix = QueryMixBenchmark.mix(reader, options.random(), options.warmup() + options.queries());
    }
    List<String> queries = new ArrayList<>();
    for (Map<String, List<String>> m : mix) {
      queries.add(SearchRequestParser.parse(m).query());
    }
    try (DirectoryReader old = DirectoryReader.open(FSDirectory.open(options.indexes().get(0)));
        DirectoryReader neu = DirectoryReader.open(FSDirectory.open(options.indexes().get(1)))) {
      IndexSearcher so = new IndexSearcher(old);
      IndexSearcher sn = new IndexSearcher(neu);
      var sharedState = new DefaultSortedSetDocValuesReaderState(old, shared);
      Map<FacetName, DefaultSortedSetDocValuesReaderState> own = new EnumMap<>(FacetName.class);
      for (FacetName f : FacetName.values()) {
        if (MultiDocValues.getSortedSetValues(neu, Fields.facetIndex(f)) != null) {
          own.put(f, new DefaultSortedSetDocValuesReaderState(neu, Fields.facetIndex(f),
              schema.facetsConfig()));
        }
      }
      long[][] t = new long[4][options.queries()];
      long[] hits = new long[options.queries()];
      for (int i = 0; i < queries.size(); i++) {
        FacetsCollector fo = so.search(new ConstantScoreQuery(builder.build(queries.get(i), old)),
            new FacetsCollectorManager());
        FacetsCollector fn = sn.search(new ConstantScoreQuery(builder.build(queries.get(i), neu)),
            new FacetsCollectorManager());
        long t0 = System.nanoTime();
        new SortedSetDocValuesFacetCounts(sharedState, fo).getTopChildren(20, "commune");
        long t1 = System.nanoTime();
        for (var state : own.values()) {
          new SortedSetDocValuesFacetCounts(state, fn);
        }
        long t2 = System.nanoTime();
        // One facet alone, as drill-sideways counts a filtered facet: commune, then theme.
        new SortedSetDocValuesFacetCounts(sharedState, fo).getTopChildren(20, "commune");
        new SortedSetDocValuesFacetCounts(sharedState, fo).getTopChildren(20, "theme");
        long t3 = System.nanoTime();
        new SortedSetDocValuesFacetCounts(own.get(FacetName.COMMUNE), fn)
            .getTopChildren(20, "commune");
        new SortedSetDocValuesFacetCounts(own.get(FacetName.THEME), fn)
            .getTopChildren(20, "theme");
        long t4 = System.nanoTime();
        int k = i - options.warmup();
        if (k >= 0) {
          t[0][k] = t1 - t0;
          t[1][k] = t2 - t1;
          t[2][k] = t3 - t2;
          t[3][k] = t4 - t3;
          hits[k] = fo.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        }
      }
      System.out.printf(Locale.ROOT, "%d queries, median hits %d; counting every facet, ms%n",
          options.queries(), pct(hits, 50));
      String[] names = {"every facet, shared field", "every facet, one field per facet",
          "commune then theme alone, shared field", "commune then theme alone, own fields"};
      for (int j = 0; j < 4; j++) {
        System.out.printf(Locale.ROOT, "| %s | mean %.3f | p50 %.3f | p90 %.3f | p99 %.3f |%n",
            names[j], ms(Arrays.stream(t[j]).sum() / options.queries()), ms(pct(t[j], 50)),
            ms(pct(t[j], 90)), ms(pct(t[j], 99)));
      }
    }
  }
}
