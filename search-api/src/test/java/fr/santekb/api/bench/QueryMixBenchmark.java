package fr.santekb.api.bench;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import fr.santekb.api.SearchServer;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
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
 * request is different, so no answer is served twice. Several indexes are measured in one run,
 * their requests interleaved, so their ratios compare like with like. Prints p50, p90, p99, max.
 *
 * <p>Run (after {@code mvn -o package} and {@code test-compile} of search-api), with the heap the
 * service gets: {@code java -Xmx512m -cp "search-api/target/test-classes:search-api/target/classes:
 * search-api/target/lib/*" -Dbench.index=DIR[,DIR...] fr.santekb.api.bench.QueryMixBenchmark} (options:
 * {@code -Dbench.queries=N} measured after {@code -Dbench.warmup=N}, {@code -Dbench.seed=S}).
 */
public final class QueryMixBenchmark {
  private static final List<FacetName> FILTERS = List.of(FacetName.COMMUNE, FacetName.THEME,
      FacetName.DISPOSITIF, FacetName.YEAR);

  private QueryMixBenchmark() {}

  public static void main(String[] args) throws Exception {
    MixOptions options = MixOptions.fromSystemProperties();
    Path root = options.root();
    List<Path> indexes = options.indexes();
    int queries = options.queries();
    int warmup = options.warmup();
    Random random = options.random();
    SantekbConfig config = ConfigLoader.load(root.resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    int n = indexes.size();
    List<List<Map<String, List<String>>>> mixes = new ArrayList<>();
    int[] docs = new int[n];
    for (int j = 0; j < n; j++) {
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexes.get(j)))) {
        docs[j] = reader.numDocs();
        mixes.add(mix(reader, random, warmup + queries));
      }
    }
    long[][] nanos = new long[n][queries];
    long[][] hits = new long[n][queries];
    List<SearchService> services = new ArrayList<>();
    try {
      for (Path index : indexes) {
        services.add(SearchService.open(index, schema, Vocabularies.load(config),
            Duration.ofMinutes(10)));
      }
      for (int i = 0; i < warmup; i++) {
        for (int j = 0; j < n; j++) {
          services.get(j).search(SearchRequestParser.parse(mixes.get(j).get(i)));
        }
      }
      // Interleaved: the indexes take turns, so a busy moment of the machine hits them alike.
      for (int i = 0; i < queries; i++) {
        for (int j = 0; j < n; j++) {
          long t0 = System.nanoTime();
          hits[j][i] = services.get(j).search(SearchRequestParser.parse(
              mixes.get(j).get(warmup + i))).total();
          nanos[j][i] = System.nanoTime() - t0;
        }
      }
    } finally {
      for (SearchService service : services) {
        service.close();
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%d requests per index after %d warm-up, interleaved "
        + "(Java %s, %d cores, max heap %d MB); milliseconds.%n%n", queries, warmup,
        Runtime.version(), rt.availableProcessors(), rt.maxMemory() >> 20);
    System.out.println("| index | documents | p50 | p90 | p99 | max | median hits | no hit "
        + "| p50 / first | p99 / first |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int j = 0; j < n; j++) {
      long[] t = nanos[j];
      System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %.2f× "
          + "| %.2f× |%n", indexes.get(j).getFileName(), docs[j], ms(pct(t, 50)), ms(pct(t, 90)),
          ms(pct(t, 99)), ms(pct(t, 100)), pct(hits[j], 50),
          Arrays.stream(hits[j]).filter(h -> h == 0).count(),
          (double) pct(t, 50) / pct(nanos[0], 50), (double) pct(t, 99) / pct(nanos[0], 99));
    }
  }

  /** {@code n} requests (as query parameters) drawn from random live documents. */
  public static List<Map<String, List<String>>> mix(DirectoryReader reader, Random random, int n)
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
