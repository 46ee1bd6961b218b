package fr.santekb.api.bench;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import fr.santekb.api.SearchServer;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: the in-process latency of the full search answer (hits, snippets, facet counts,
 * spelling) on an existing index, for a realistic mix of requests drawn from the index itself: 1 to
 * 4 consecutive words of a random document's text, one request in five as a quoted phrase, 0 to 3
 * filters taken from that document's facet values (commune, theme, dispositif, year). Every
 * request is different, so no answer is served twice. Prints p50, p90, p99 and max.
 *
 * <p>Run (after {@code mvn -o package} and {@code test-compile} of search-api), with the heap the
 * service gets: {@code java -Xmx512m -cp "search-api/target/test-classes:search-api/target/classes:
 * search-api/target/lib/*" -Dbench.index=DIR fr.santekb.api.bench.QueryMixBenchmark} (options:
 * {@code -Dbench.queries=N} measured after {@code -Dbench.warmup=N}, {@code -Dbench.seed=S}).
 */
public final class QueryMixBenchmark {
  private static final List<FacetName> FILTERS = List.of(FacetName.COMMUNE, FacetName.THEME,
      FacetName.DISPOSITIF, FacetName.YEAR);

  private QueryMixBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath().normalize();
    Path index = Path.of(System.getProperty("bench.index", ""));
    int queries = Integer.getInteger("bench.queries", 1_000);
    int warmup = Integer.getInteger("bench.warmup", 200);
    Random random = new Random(Long.getLong("bench.seed", 1L));
    SantekbConfig config = ConfigLoader.load(root.resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    List<Map<String, List<String>>> mix;
    int docs;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      docs = reader.numDocs();
      mix = mix(reader, random, warmup + queries);
    }
    long[] nanos = new long[queries];
    long[] hits = new long[queries];
    try (SearchService service = SearchService.open(index, schema, SearchServer.labels(config),
        Duration.ofMinutes(10))) {
      for (int i = 0; i < warmup; i++) {
        service.search(SearchRequestParser.parse(mix.get(i)));
      }
      for (int i = 0; i < queries; i++) {
        long t0 = System.nanoTime();
        hits[i] = service.search(SearchRequestParser.parse(mix.get(warmup + i))).total();
        nanos[i] = System.nanoTime() - t0;
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "Index %s: %d documents; %d requests after %d warm-up "
        + "(Java %s, %d cores, max heap %d MB)%n", index, docs, queries, warmup, Runtime.version(),
        rt.availableProcessors(), rt.maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; median "
        + "hits %d, requests with no hit %d%n", ms(pct(nanos, 50)), ms(pct(nanos, 90)),
        ms(pct(nanos, 99)), ms(pct(nanos, 100)), pct(hits, 50),
        Arrays.stream(hits).filter(h -> h == 0).count());
  }

  /** {@code n} requests (as query parameters) drawn from random live documents. */
  static List<Map<String, List<String>>> mix(DirectoryReader reader, Random random, int n)
      throws IOException {
    Set<String> fields = Set.of(Fields.BODY, Fields.storedFacet(FacetName.COMMUNE),
        Fields.storedFacet(FacetName.THEME), Fields.storedFacet(FacetName.DISPOSITIF),
        Fields.YEAR);
    List<Map<String, List<String>>> mix = new ArrayList<>();
    while (mix.size() < n) {
      Document doc = reader.storedFields().document(random.nextInt(reader.maxDoc()), fields);
      String[] words = Arrays.stream(doc.get(Fields.BODY).split("[^\\p{L}]+"))
          .filter(w -> w.length() >= 4).toArray(String[]::new);
      if (words.length < 4) {
        continue;
      }
      int count = 1 + random.nextInt(4);
      int start = random.nextInt(words.length - count + 1);
      String q = String.join(" ", Arrays.copyOfRange(words, start, start + count));
      if (count > 1 && random.nextInt(5) == 0) {
        q = "\"" + q + "\"";
      }
      Map<String, List<String>> params = new LinkedHashMap<>();
      params.put("q", List.of(q));
      int filters = random.nextInt(4);
      List<FacetName> order = new ArrayList<>(FILTERS);
      Collections.shuffle(order, random);
      for (FacetName facet : order.subList(0, filters)) {
        String field = facet == FacetName.YEAR ? Fields.YEAR : Fields.storedFacet(facet);
        String[] values = doc.getValues(field);
        if (values.length > 0) {
          params.put(facet.apiName(), List.of(values[random.nextInt(values.length)]));
        }
      }
      mix.add(params);
    }
    return mix;
  }
}
