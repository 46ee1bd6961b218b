package fr.santekb.indexer.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.SourceFile;
import fr.santekb.indexer.index.SourceWalker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what the parse guard costs: full runs of the indexer over {@code ../shared/corpus}
 * (seeds and documents) with the guard on and off, alternated (wall and CPU time), and the heap
 * bytes each file's extraction allocates (what {@code extraction.maxParseAllocation} must stay
 * above). Not a test: skipped unless run by name with the number of runs, {@code
 * -Dtest=ParseGuardCost -Dbench.runs=11}; see BENCHMARKS.md.
 */
@SuppressForbidden(reason = "counts allocations per extraction, as the guard does, and CPU time")
class ParseGuardCost {
  private static final Path SHARED = Path.of(System.getProperty("santekb.root", "."))
      .resolve("../shared/corpus").normalize();

  @TempDir Path tmp;

  @Test
  void measure() throws IOException {
    assumeTrue(System.getProperty("bench.runs") != null,
        "a benchmark, not a test: run it with -Dtest=ParseGuardCost -Dbench.runs=N");
    assumeTrue(Files.isDirectory(SHARED.resolve("documents")), "../shared/corpus is absent");
    int runs = Integer.getInteger("bench.runs", 5);
    List<Path> sources = List.of(SHARED.resolve("seeds"), SHARED.resolve("documents"));
    SantekbConfig config = ConfigLoader.load(ConfigLoader.locate(null));
    ExtractionSettings on = config.extraction();
    ExtractionSettings off = on.withParseLimits(Duration.ZERO, 0);
    allocations(config, off, sources);
    perCallOverhead(on);
    List<Long> withGuard = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    List<Long> cpuWith = new ArrayList<>();
    List<Long> cpuWithout = new ArrayList<>();
    try (IndexingComponents guarded = components(config, on);
        IndexingComponents bare = components(config, off)) {
      run(guarded, sources, "warm-up-on");
      run(bare, sources, "warm-up-off");
      for (int i = 0; i < runs; i++) {
        long cpu = processCpuMillis();
        withGuard.add(run(guarded, sources, "on-" + i));
        cpuWith.add(processCpuMillis() - cpu);
        cpu = processCpuMillis();
        without.add(run(bare, sources, "off-" + i));
        cpuWithout.add(processCpuMillis() - cpu);
      }
    }
    System.out.printf(Locale.ROOT, "%d files, %d runs each, threads=2, --full%n",
        sources.stream().mapToInt(s -> SourceWalker.walk(s).size()).sum(), runs);
    System.out.printf(Locale.ROOT, "guard on:  median %d ms  %s%n", median(withGuard), withGuard);
    System.out.printf(Locale.ROOT, "guard off: median %d ms  %s%n", median(without), without);
    System.out.printf(Locale.ROOT, "CPU time, guard on:  median %d ms  %s%n", median(cpuWith),
        cpuWith);
    System.out.printf(Locale.ROOT, "CPU time, guard off: median %d ms  %s%n", median(cpuWithout),
        cpuWithout);
    List<Long> extra = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      extra.add(withGuard.get(i) - without.get(i));
    }
    System.out.printf(Locale.ROOT, "on - off, run by run: median %d ms  %s%n", median(extra),
        extra);
  }

  /** CPU time of this process (every thread), less disturbed than wall time by other work. */
  private static long processCpuMillis() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1_000_000;
  }

  private static IndexingComponents components(SantekbConfig config, ExtractionSettings s) {
    return new IndexingComponents(new SantekbConfig(config.configDir(), s), new TikaExtractor(s));
  }

  private long run(IndexingComponents components, List<Path> sources, String name)
      throws IOException {
    long start = System.nanoTime();
    components.runner(2).run(sources, tmp.resolve(name), true,
        total -> new ProgressBar(System.err, false, total));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Prints the largest per-file allocations of one extraction each (guard off, this thread). */
  private static void allocations(SantekbConfig config, ExtractionSettings off,
      List<Path> sources) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    List<Map.Entry<String, Long>> sizes = new ArrayList<>();
    try (TikaExtractor extractor = new TikaExtractor(off)) {
      for (Path source : sources) {
        for (SourceFile file : SourceWalker.walk(source)) {
          long before = threads.getThreadAllocatedBytes(id);
          extractor.extract(file.file());
          sizes.add(Map.entry(file.relativePath(), threads.getThreadAllocatedBytes(id) - before));
        }
      }
    }
    sizes.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    System.out.println("Largest allocations of one file's extraction (MB):");
    sizes.stream().limit(5).forEach(e -> System.out.printf(Locale.ROOT, "  %6d  %s%n",
        e.getValue() / (1024 * 1024), e.getKey()));
  }

  /** The guard alone around an extraction that does nothing: a thread started and watched. */
  private static void perCallOverhead(ExtractionSettings on) {
    ParseGuard guard = new ParseGuard(on.parseTimeout(), on.maxParseAllocation());
    Extraction nothing = new Extraction.Rejected(Outcome.EMPTY, "nothing");
    List<Long> micros = new ArrayList<>();
    for (int round = 0; round < 7; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < 1000; i++) {
        guard.run(() -> nothing);
      }
      micros.add((System.nanoTime() - start) / 1000 / 1000);
    }
    System.out.printf(Locale.ROOT, "guard alone: median %d µs per file  %s%n", median(micros),
        micros);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
