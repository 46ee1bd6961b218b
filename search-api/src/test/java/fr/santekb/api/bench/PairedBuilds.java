package fr.santekb.api.bench;

import static fr.santekb.api.bench.SearchBenchmark.ms;
import static fr.santekb.api.bench.SearchBenchmark.pct;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: two builds of search-api (say, before and after a change) in one JVM, each in its
 * own class loader over the same libraries, answering the same requests of {@link
 * QueryMixBenchmark}'s mix alternately, so that the machine's load weighs on both alike. Prints
 * the time to open the index (searchable, then completions ready) and p50, p90, p99 of each,
 * with their ratios, and counts the requests whose answers differ (see {@link MixRunner}).
 *
 * <p>Run: {@code java -Xmx1g -cp "search-api/target/test-classes:search-api/target/classes:
 * search-api/target/lib/*" -Dbench.builds=BEFORE_CLASSES,AFTER_CLASSES -Dbench.index=DIR
 * fr.santekb.api.bench.PairedBuilds}, each build a {@code target/classes} folder (options as
 * for the mix). Each build gets its own copy of the libraries, so give the heap twice the room.
 * When the builds write different indexes (a schema change), {@code -Dbench.indexes=DIR1,DIR2}
 * gives each build its own index of the same records, in the order of the builds; the requests are
 * drawn from the first. Answers are compared by their content (ids, scores, snippets, counts),
 * not by Lucene's document numbers, so two indexes of the same records answer alike.
 */
public final class PairedBuilds {
  private PairedBuilds() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath().normalize();
    List<Path> builds = Arrays.stream(System.getProperty("bench.builds", "").split(","))
        .filter(s -> !s.isBlank()).map(Path::of).toList();
    Path index = Path.of(System.getProperty("bench.index", ""));
    List<Path> indexes = Arrays.stream(System.getProperty("bench.indexes", "").split(","))
        .filter(s -> !s.isBlank()).map(Path::of).toList();
    if (!indexes.isEmpty()) {
      index = indexes.get(0);
    }
    Path lib = root.resolve("search-api/target/lib");
    Path runnerClasses = Path.of(MixRunner.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    int queries = Integer.getInteger("bench.queries", 1_000);
    int warmup = Integer.getInteger("bench.warmup", 200);
    List<Map<String, List<String>>> mix;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      mix = QueryMixBenchmark.mix(reader, new Random(Long.getLong("bench.seed", 1L)),
          warmup + queries);
    }
    List<ToLongFunction<Map<String, List<String>>>> runners = new ArrayList<>();
    List<AutoCloseable> toClose = new ArrayList<>();
    for (int b = 0; b < builds.size(); b++) {
      Path build = builds.get(b);
      Path served = indexes.isEmpty() ? index : indexes.get(b);
      URLClassLoader loader = new URLClassLoader(classpath(build, runnerClasses, lib),
          ClassLoader.getPlatformClassLoader());
      Object runner = loader.loadClass(MixRunner.class.getName())
          .getConstructor(String.class, String.class).newInstance(root.toString(),
              served.toString());
      @SuppressWarnings("unchecked")
      ToLongFunction<Map<String, List<String>>> f =
          (ToLongFunction<Map<String, List<String>>>) runner;
      runners.add(f);
      toClose.add((AutoCloseable) runner);
      System.out.printf(Locale.ROOT, "%s over %s: searchable after %d ms, completions after %d "
          + "ms%n", build, served, runner.getClass().getField("searchableMs").getLong(runner),
          runner.getClass().getField("completionsMs").getLong(runner));
    }
    int n = runners.size();
    long[][] nanos = new long[n][queries];
    long different = 0;
    try {
      for (int i = 0; i < warmup + queries; i++) {
        long first = -1;
        for (int k = 0; k < n; k++) {
          int j = (i + k) % n; // who goes first alternates too
          long t0 = System.nanoTime();
          long answer = runners.get(j).applyAsLong(mix.get(i));
          long t = System.nanoTime() - t0;
          if (i >= warmup) {
            nanos[j][i - warmup] = t;
          }
          if (k == 0) {
            first = answer;
          } else if (answer != first) {
            if (different++ < Integer.getInteger("bench.showDiffs", 3)) {
              System.out.println("answers differ for " + mix.get(i));
              showDiff(runners.get((i + k - 1 + n) % n), runners.get(j), mix.get(i));
            }
          }
        }
      }
    } finally {
      for (AutoCloseable c : toClose) {
        c.close();
      }
    }
    System.out.printf(Locale.ROOT, "%n%s: %d requests after %d warm-up, builds alternating; "
        + "requests whose answers differ: %d; milliseconds.%n%n", index, queries, warmup,
        different);
    System.out.println("| build | p50 | p90 | p99 | max | p50 / first | p99 / first |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int j = 0; j < n; j++) {
      long[] t = nanos[j];
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
          builds.get(j), ms(pct(t, 50)), ms(pct(t, 90)), ms(pct(t, 99)), ms(pct(t, 100)),
          (double) pct(t, 50) / pct(nanos[0], 50), (double) pct(t, 99) / pct(nanos[0], 99));
    }
  }

  /** The lines of two answers that differ (see {@link MixRunner#describe}). */
  @SuppressWarnings("unchecked")
  private static void showDiff(Object a, Object b, Map<String, List<String>> request)
      throws Exception {
    List<String> x = (List<String>) a.getClass().getMethod("describe", Map.class)
        .invoke(a, request);
    List<String> y = (List<String>) b.getClass().getMethod("describe", Map.class)
        .invoke(b, request);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      String l = i < x.size() ? x.get(i) : "(none)";
      String r = i < y.size() ? y.get(i) : "(none)";
      if (!l.equals(r)) {
        System.out.println("  - " + l + "\n  + " + r);
      }
    }
  }

  private static URL[] classpath(Path build, Path runnerClasses, Path lib) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(build.toUri().toURL()); // first: the build's own classes win
    urls.add(runnerClasses.toUri().toURL());
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
