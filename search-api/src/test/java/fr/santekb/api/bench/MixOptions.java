package fr.santekb.api.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The options the query-mix benchmarks share, from system properties: the project root
 * ({@code santekb.root}), the indexes ({@code bench.index=DIR[,DIR...]}, required), requests
 * measured after a warm-up ({@code bench.queries}, {@code bench.warmup}) and the seed of the mix
 * ({@code bench.seed}).
 */
public record MixOptions(Path root, List<Path> indexes, int queries, int warmup, Random random) {

  /** The options of this JVM; fails when no index is given. */
  public static MixOptions fromSystemProperties() {
    Path root = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath().normalize();
    List<Path> indexes = Arrays.stream(System.getProperty("bench.index", "").split(","))
        .filter(s -> !s.isBlank()).map(Path::of).toList();
    if (indexes.isEmpty()) {
      throw new IllegalArgumentException("give -Dbench.index=DIR[,DIR...]");
    }
    return new MixOptions(root, indexes, Integer.getInteger("bench.queries", 1_000),
        Integer.getInteger("bench.warmup", 200), new Random(Long.getLong("bench.seed", 1L)));
  }
}
