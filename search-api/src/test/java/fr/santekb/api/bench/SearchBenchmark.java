package fr.santekb.api.bench;

import fr.santekb.api.Http;
import fr.santekb.api.SearchServer;
import fr.santekb.api.SearchSettings;
import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.search.Searchers;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.schema.Schema;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: indexes a corpus, then runs the same queries N times three ways, side by side in one
 * run: raw Lucene (query parsing + top 10 from the shared searcher), the in-process search service
 * (the full answer: hits, snippets, drill-sideways facets, spelling) and HTTP end to end (the same
 * answer through Javalin and JSON). Prints a Markdown table of median and p95 milliseconds.
 *
 * <p>Run: {@code mvn -q -Dstyle.color=never -pl indexer,search-api -am -Pbench test-compile}
 * (options: {@code -Dbench.runs=N}, {@code -Dbench.source=DIR,DIR}, or {@code -Dbench.index=DIR}
 * to measure an existing index instead of indexing sources).
 */
public final class SearchBenchmark {
  static final List<String> QUERIES = List.of(
      "santé mentale", "sante mentale", "contrat local de santé", "\"atelier santé ville\"",
      "vieillissement", "prévention suicide", "nutrition OR obésité", "santé -mentale",
      "sant*", "ARS", "hopital", "urgences", "plan blanc", "accès aux soins",
      "précarité quartiers prioritaires", "vaccination", "vieillisement", "Martigues",
      "diagnostic local de santé", "");

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath().normalize();
    int runs = Integer.parseInt(System.getProperty("bench.runs", "30"));
    SantekbConfig config = ConfigLoader.load(root.resolve("config"));
    String existing = System.getProperty("bench.index", "");
    List<Path> sources = existing.isBlank() ? sources(root) : List.of(Path.of(existing));
    Path index = existing.isBlank() ? Files.createTempDirectory("santekb-bench")
        : Path.of(existing);
    long t0 = System.nanoTime();
    int documents;
    if (existing.isBlank()) {
      try (IndexingComponents c = new IndexingComponents(config)) {
        documents = c.runner(Math.max(1, Runtime.getRuntime().availableProcessors())).run(sources,
            index, true, total -> new ProgressBar(new PrintStream(OutputStream.nullOutputStream(),
                false, StandardCharsets.UTF_8), false, total)).documentsInIndex();
      }
    } else {
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        documents = reader.numDocs();
      }
    }
    long indexMs = (System.nanoTime() - t0) / 1_000_000;
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    QueryBuilder queries = new QueryBuilder(schema, Vocabularies.load(config).geography().regions());
    SearchSettings settings = new SearchSettings(index, root.resolve("config"), "127.0.0.1", 0,
        Optional.empty(), Duration.ofSeconds(2));
    List<Row> rows = new ArrayList<>();
    try (Searchers searchers = Searchers.open(index, schema, Duration.ofMinutes(10));
        SearchServer server = SearchServer.start(settings)) {
      Http http = new Http(server.port());
      // The engine is measured, not the answer cache (a repeated request would come from it).
      server.service().cacheResponses(false);
      for (int warm = 0; warm < 5; warm++) {
        for (String q : QUERIES) {
          runAll(q, searchers, queries, server, http);
        }
      }
      for (String q : QUERIES) {
        long[] lucene = new long[runs];
        long[] service = new long[runs];
        long[] overHttp = new long[runs];
        long total = 0;
        for (int i = 0; i < runs; i++) {
          long a = System.nanoTime();
          searchers.withSnapshot(s -> s.search(queries.build(q, s.getIndexReader()), 10));
          long b = System.nanoTime();
          total = server.service().search(SearchRequestParser.parse(Map.of("q", List.of(q))))
              .total();
          long c = System.nanoTime();
          http.json("/api/search", "q", q);
          long d = System.nanoTime();
          lucene[i] = b - a;
          service[i] = c - b;
          overHttp[i] = d - c;
        }
        rows.add(new Row(q, total, lucene, service, overHttp));
      }
    }
    print(root, sources, documents, indexMs, runs, rows);
  }

  private static void runAll(String q, Searchers searchers, QueryBuilder queries,
      SearchServer server, Http http) throws Exception {
    searchers.withSnapshot(s -> s.search(queries.build(q, s.getIndexReader()), 10));
    server.service().search(SearchRequestParser.parse(Map.of("q", List.of(q))));
    http.json("/api/search", "q", q);
  }

  private static List<Path> sources(Path root) {
    String given = System.getProperty("bench.source", "");
    if (!given.isBlank()) {
      return Arrays.stream(given.split(",")).map(Path::of).toList();
    }
    List<Path> out = new ArrayList<>();
    for (Path p : List.of(root.resolve("../shared/corpus/seeds"),
        root.resolve("../shared/corpus/documents"), root.resolve("corpus/documents"))) {
      if (Files.isDirectory(p)) {
        out.add(p.normalize());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("nothing to index: no corpus/documents under " + root);
    }
    return out;
  }

  record Row(String query, long total, long[] lucene, long[] service, long[] http) {}

  private static void print(Path root, List<Path> sources, int documents, long indexMs,
      int runs, List<Row> rows) {
    PrintStream out = System.out;
    out.println();
    out.printf(Locale.ROOT, "Corpus: %s — %d documents indexed in %.1f s (%d cores, Java %s)%n",
        sources.stream().map(p -> root.relativize(p.toAbsolutePath().normalize()).toString())
            .toList(), documents, indexMs / 1000.0,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    out.printf(Locale.ROOT, "%d runs per query after 5 warm-up rounds; milliseconds.%n%n", runs);
    out.println("| query | hits | Lucene median | Lucene p95 | service median | service p95 "
        + "| HTTP median | HTTP p95 | HTTP / Lucene | HTTP / service |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    long[] allLucene = new long[0];
    long[] allService = new long[0];
    long[] allHttp = new long[0];
    for (Row r : rows) {
      out.printf(Locale.ROOT, "| `%s` | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× | %.2f× |%n",
          r.query().isEmpty() ? "(empty)" : r.query().replace("|", "\\|"), r.total(),
          ms(pct(r.lucene(), 50)), ms(pct(r.lucene(), 95)), ms(pct(r.service(), 50)),
          ms(pct(r.service(), 95)), ms(pct(r.http(), 50)), ms(pct(r.http(), 95)),
          ratio(r.http(), r.lucene()), ratio(r.http(), r.service()));
      allLucene = concat(allLucene, r.lucene());
      allService = concat(allService, r.service());
      allHttp = concat(allHttp, r.http());
    }
    out.printf(Locale.ROOT, "| **all** | | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× | %.2f× |%n",
        ms(pct(allLucene, 50)), ms(pct(allLucene, 95)), ms(pct(allService, 50)),
        ms(pct(allService, 95)), ms(pct(allHttp, 50)), ms(pct(allHttp, 95)),
        ratio(allHttp, allLucene), ratio(allHttp, allService));
  }

  private static double ratio(long[] a, long[] b) {
    return (double) pct(a, 50) / Math.max(1, pct(b, 50));
  }

  private static long[] concat(long[] a, long[] b) {
    long[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  public static long pct(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  public static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
