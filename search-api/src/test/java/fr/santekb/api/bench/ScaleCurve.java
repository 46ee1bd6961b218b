package fr.santekb.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: how the cost of santekb grows with the index, in one run over indexes of the same
 * generated records at several sizes (say 10,000, 100,000 and 1,000,000). Per index: indexing
 * time and throughput (from the index's run report), index size, and the latency of the query
 * mix of {@link QueryMixBenchmark} in process and over HTTP (each index served by its own {@code
 * santekb serve}, URLs given), the indexes taking turns request by request so a busy moment
 * weighs on all alike. Writes a Markdown table on standard output, {@code scale-curve.tsv} and
 * the log-log plot {@code scale-curve.svg} in {@code bench.out}.
 *
 * <p>Run through {@code search-api/src/test/scripts/scale-curve.sh}, which starts the servers.
 * Options: {@code -Dbench.index=DIR,DIR,...} (smallest first), {@code -Dbench.urls=URL,...}
 * (same order; none: in process only), {@code -Dbench.out=DIR}, and those of {@link MixOptions}.
 */
public final class ScaleCurve {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScaleCurve() {}

  /** What one index measured. */
  private record Point(Path index, long documents, double indexSeconds, double megabytes,
      long[] inProcessNanos, long[] httpNanos, long estimated, long non2xx) {}

  public static void main(String[] args) throws Exception {
    MixOptions options = MixOptions.fromSystemProperties();
    List<Path> indexes = options.indexes();
    List<String> urls = Arrays.stream(System.getProperty("bench.urls", "").split(","))
        .filter(s -> !s.isBlank()).toList();
    if (!urls.isEmpty() && urls.size() != indexes.size()) {
      throw new IllegalArgumentException("give one URL per index, in the same order");
    }
    Path out = Path.of(System.getProperty("bench.out", "."));
    int n = indexes.size();
    int total = options.warmup() + options.queries();
    List<List<Map<String, List<String>>>> mixes = new ArrayList<>();
    long[] documents = new long[n];
    for (int j = 0; j < n; j++) {
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexes.get(j)))) {
        documents[j] = reader.numDocs();
        mixes.add(QueryMixBenchmark.mix(reader, options.random(), total));
      }
    }
    long[][] inProcess = new long[n][options.queries()];
    long[] estimated = new long[n];
    SantekbConfig config = ConfigLoader.load(options.root().resolve("config"));
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    List<SearchService> services = new ArrayList<>();
    try {
      for (Path index : indexes) {
        SearchService service = SearchService.open(index, schema, Vocabularies.load(config),
            Duration.ofMinutes(10));
        service.cacheResponses(false);
        services.add(service);
        // One at a time: waits until its completions are built in the background, so that the
        // builds neither overlap in the heap nor run during the measures.
        service.suggest("santé", 1);
      }
      for (int i = 0; i < total; i++) {
        for (int j = 0; j < n; j++) {
          long t0 = System.nanoTime();
          SearchResponse r = services.get(j).search(SearchRequestParser.parse(
              mixes.get(j).get(i)));
          long took = System.nanoTime() - t0;
          if (i >= options.warmup()) {
            inProcess[j][i - options.warmup()] = took;
            estimated[j] += r.estimated() ? 1 : 0;
          }
        }
      }
    } finally {
      for (SearchService service : services) {
        service.close();
      }
    }
    long[][] http = new long[n][];
    long[] non2xx = new long[n];
    if (!urls.isEmpty()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      for (int j = 0; j < n; j++) {
        http[j] = new long[options.queries()];
      }
      for (int i = 0; i < total; i++) {
        for (int j = 0; j < n; j++) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(j) + "/api/search?"
              + query(mixes.get(j).get(i)))).timeout(Duration.ofSeconds(60)).build();
          long t0 = System.nanoTime();
          HttpResponse<byte[]> response = client.send(request,
              HttpResponse.BodyHandlers.ofByteArray());
          long took = System.nanoTime() - t0;
          if (i >= options.warmup()) {
            http[j][i - options.warmup()] = took;
            non2xx[j] += response.statusCode() / 100 == 2 ? 0 : 1;
          }
        }
      }
    }
    List<Point> points = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Path index = indexes.get(j);
      points.add(new Point(index, documents[j], indexSeconds(index), megabytes(index),
          sorted(inProcess[j]), http[j] == null ? null : sorted(http[j]), estimated[j],
          non2xx[j]));
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%d requests per index after %d warm-up, interleaved, in "
        + "process then over HTTP (Java %s, %d cores, client max heap %d MB); milliseconds.%n%n",
        options.queries(), options.warmup(), Runtime.version(), rt.availableProcessors(),
        rt.maxMemory() >> 20);
    System.out.println(table(points, options.queries()));
    Files.createDirectories(out);
    Files.writeString(out.resolve("scale-curve.tsv"), tsv(points), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("scale-curve.svg"), plot(points), StandardCharsets.UTF_8);
  }

  private static String query(Map<String, List<String>> params) {
    return Stream.concat(params.entrySet().stream().flatMap(e -> e.getValue().stream()
        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))),
        Stream.of("size=10")).collect(Collectors.joining("&"));
  }

  /** Seconds the index run took, from its report; NaN without one. */
  private static double indexSeconds(Path index) throws IOException {
    Path report = ReportWriter.reportPath(index);
    if (!Files.isRegularFile(report)) {
      return Double.NaN;
    }
    JsonNode millis = JSON.readTree(report.toFile()).get("millis");
    return millis == null ? Double.NaN : millis.asDouble() / 1000;
  }

  private static double megabytes(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }

  private static long[] sorted(long[] v) {
    long[] copy = v.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static double ms(long[] sorted, int percentile) {
    int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static String table(List<Point> points, int queries) {
    StringBuilder b = new StringBuilder("| index | documents | index time (s) | documents/s "
        + "| index size (MB) | kB per document | in process p50 | p99 | HTTP p50 | HTTP p99 "
        + "| answers estimated | non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: "
        + "| ---: | ---: | ---: | ---: | ---: |\n");
    for (Point p : points) {
      b.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f "
          + "| %s | %s | %d of %d | %s |%n", p.index().getFileName(), p.documents(),
          p.indexSeconds(), p.documents() / p.indexSeconds(), p.megabytes(),
          p.megabytes() * 1000 / p.documents(), ms(p.inProcessNanos(), 50),
          ms(p.inProcessNanos(), 99), http(p, 50), http(p, 99), p.estimated(), queries,
          p.httpNanos() == null ? "" : Long.toString(p.non2xx())));
    }
    return b.toString();
  }

  private static String http(Point p, int percentile) {
    return p.httpNanos() == null ? "" : String.format(Locale.ROOT, "%.1f",
        ms(p.httpNanos(), percentile));
  }

  private static String tsv(List<Point> points) {
    StringBuilder b = new StringBuilder("documents\tindex_seconds\tindex_mb\tin_process_p50_ms"
        + "\tin_process_p99_ms\thttp_p50_ms\thttp_p99_ms\n");
    for (Point p : points) {
      b.append(String.format(Locale.ROOT, "%d\t%.1f\t%.1f\t%.2f\t%.2f\t%s\t%s%n", p.documents(),
          p.indexSeconds(), p.megabytes(), ms(p.inProcessNanos(), 50),
          ms(p.inProcessNanos(), 99), http(p, 50), http(p, 99)));
    }
    return b.toString();
  }

  private static String plot(List<Point> points) {
    long[] sizes = points.stream().mapToLong(Point::documents).toArray();
    List<LogLogPlot.Series> series = new ArrayList<>();
    series.add(new LogLogPlot.Series("index time", points.stream()
        .mapToDouble(Point::indexSeconds).toArray()));
    series.add(new LogLogPlot.Series("index size", points.stream()
        .mapToDouble(Point::megabytes).toArray()));
    series.add(new LogLogPlot.Series("search p50, in process", points.stream()
        .mapToDouble(p -> ms(p.inProcessNanos(), 50)).toArray()));
    series.add(new LogLogPlot.Series("search p99, in process", points.stream()
        .mapToDouble(p -> ms(p.inProcessNanos(), 99)).toArray()));
    if (points.get(0).httpNanos() != null) {
      series.add(new LogLogPlot.Series("search p50, HTTP", points.stream()
          .mapToDouble(p -> ms(p.httpNanos(), 50)).toArray()));
      series.add(new LogLogPlot.Series("search p99, HTTP", points.stream()
          .mapToDouble(p -> ms(p.httpNanos(), 99)).toArray()));
    }
    return LogLogPlot.svg("santekb: how costs grow with the index", sizes, series);
  }
}
