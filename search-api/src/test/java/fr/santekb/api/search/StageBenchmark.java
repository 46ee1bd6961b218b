package fr.santekb.api.search;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import fr.santekb.api.bench.MixOptions;
import fr.santekb.api.bench.QueryMixBenchmark;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.Schema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: where the time of a search answer goes, stage by stage ({@link SearchStage}, plus the
 * JSON the HTTP layer writes), for the request mix of {@link QueryMixBenchmark} on existing
 * indexes, their requests interleaved. Prints, per index, the share of each stage in the total time
 * and its p50 and p99, then p50, p90 and p99 of the whole answer.
 *
 * <p>Run (after {@code mvn -o package} and {@code test-compile} of search-api): {@code java
 * -Xmx512m -cp "search-api/target/test-classes:search-api/target/classes:search-api/target/lib/*"
 * -Dbench.index=DIR[,DIR...] fr.santekb.api.search.StageBenchmark} (options as for the mix).
 */
public final class StageBenchmark {
  private StageBenchmark() {}

  public static void main(String[] args) throws Exception {
    MixOptions options = MixOptions.fromSystemProperties();
    Path root = options.root();
    List<Path> indexes = options.indexes();
    int queries = options.queries();
    int warmup = options.warmup();
    Random random = options.random();
    SantekbConfig config = ConfigLoader.load(root.resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
    int n = indexes.size();
    List<List<Map<String, List<String>>>> mixes = new ArrayList<>();
    for (Path index : indexes) {
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        mixes.add(QueryMixBenchmark.mix(reader, random, warmup + queries));
      }
    }
    int stages = SearchStage.values().length;
    // Per index, per stage (the last one is JSON), per request.
    long[][][] stageNanos = new long[n][stages + 1][queries];
    long[][] totalNanos = new long[n][queries];
    long[][] hits = new long[n][queries];
    List<SearchService> services = new ArrayList<>();
    try {
      for (Path index : indexes) {
        long t0 = System.nanoTime();
        SearchService service = SearchService.open(index, schema, Vocabularies.load(config),
            Duration.ofMinutes(10));
        services.add(service);
        double searchable = (System.nanoTime() - t0) / 1e9;
        service.suggest("santé", 1); // measured once the completions are built, not meanwhile
        System.out.printf(Locale.ROOT, "%s searchable after %.1f s, completions after %.1f s%n",
            index, searchable, (System.nanoTime() - t0) / 1e9);
      }
      StageTimes times = new StageTimes();
      for (int i = 0; i < warmup + queries; i++) {
        for (int j = 0; j < n; j++) {
          SearchRequest request = SearchRequestParser.parse(mixes.get(j).get(i));
          times.reset();
          long t0 = System.nanoTime();
          SearchResponse response = services.get(j).search(request, times);
          long t1 = System.nanoTime();
          json.writeValueAsBytes(response);
          long t2 = System.nanoTime();
          if (i >= warmup) {
            int k = i - warmup;
            for (SearchStage s : SearchStage.values()) {
              stageNanos[j][s.ordinal()][k] = times.nanos(s);
            }
            stageNanos[j][stages][k] = t2 - t1;
            totalNanos[j][k] = t2 - t0;
            hits[j][k] = response.total();
          }
        }
      }
    } finally {
      for (SearchService service : services) {
        service.close();
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%n%d requests per index after %d warm-up, interleaved (Java %s,"
        + " %d cores, max heap %d MB); milliseconds.%n", queries, warmup, Runtime.version(),
        rt.availableProcessors(), rt.maxMemory() >> 20);
    for (int j = 0; j < n; j++) {
      long sum = Arrays.stream(totalNanos[j]).sum();
      System.out.printf(Locale.ROOT, "%n%s: median hits %d, no hit %d%n%n",
          indexes.get(j).getFileName(), pct(hits[j], 50),
          Arrays.stream(hits[j]).filter(h -> h == 0).count());
      System.out.println("| stage | share of time | mean | p50 | p99 |");
      System.out.println("| --- | ---: | ---: | ---: | ---: |");
      for (int s = 0; s <= stages; s++) {
        long[] t = stageNanos[j][s];
        long stageSum = Arrays.stream(t).sum();
        System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.2f | %.2f | %.2f |%n",
            s == stages ? "JSON" : SearchStage.values()[s].name().toLowerCase(Locale.ROOT),
            100.0 * stageSum / sum, ms(stageSum / queries), ms(pct(t, 50)), ms(pct(t, 99)));
      }
      long[] t = totalNanos[j];
      System.out.printf(Locale.ROOT, "| whole answer | 100%% | %.2f | %.2f (p90 %.2f) | %.2f |%n",
          ms(sum / queries), ms(pct(t, 50)), ms(pct(t, 90)), ms(pct(t, 99)));
    }
  }
}
