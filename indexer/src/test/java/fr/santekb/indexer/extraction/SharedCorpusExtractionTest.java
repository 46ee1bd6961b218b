package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.santekb.indexer.config.ExtractionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared corpus through one extractor: nothing escapes, everything is classified,
 * scans come out EMPTY. Prints a table of outcomes and timings.
 */
class SharedCorpusExtractionTest {

  private record Row(Path file, Outcome outcome, String detail, long millis) {}

  @Test
  void everySharedFileGetsAnOutcome() throws IOException {
    Path corpus = SharedCorpus.root();
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("documents", "seeds")) {
      Path dir = corpus.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().endsWith(Sidecar.SUFFIX))
              .sorted().forEach(files::add);
        }
      }
    }
    assumeTrue(!files.isEmpty(), "shared corpus absent: " + corpus);

    List<Row> rows = new ArrayList<>();
    long openStart = System.nanoTime();
    try (TikaExtractor extractor = new TikaExtractor(ExtractionSettings.defaults())) {
      long openMillis = (System.nanoTime() - openStart) / 1_000_000;
      for (Path file : files) {
        long start = System.nanoTime();
        Extraction result = extractor.extract(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        rows.add(switch (result) {
          case Extraction.Extracted ok -> new Row(file,
              ok.document().truncated() ? Outcome.TRUNCATED : Outcome.INDEXED,
              ok.document().format() + ", " + ok.document().pages().size() + " p., "
                  + ok.document().language().orElse("?") + ", " + ok.document().title(), millis);
          case Extraction.Rejected no -> new Row(file, no.outcome(), no.message(), millis);
        });
      }
      print(corpus, rows, openMillis);
    }

    assertThat(rows).hasSameSizeAs(files);
    assertThat(rows).filteredOn(r -> r.file().toString().contains("/pma_noel/"))
        .hasSize(2).allMatch(r -> r.outcome() == Outcome.EMPTY);
    assertThat(rows).filteredOn(r -> r.outcome().isSearchable()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows).filteredOn(r -> r.outcome() == Outcome.FAILED).isEmpty();
  }

  private static void print(Path corpus, List<Row> rows, long openMillis) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%n%-11s %7s  %-58s %s%n", "outcome", "ms", "file", "detail"));
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    long total = 0;
    for (Row row : rows) {
      String name = corpus.relativize(row.file()).toString();
      table.append(String.format(Locale.ROOT, "%-11s %7d  %-58s %s%n", row.outcome(),
          row.millis(), name.length() > 58 ? "…" + name.substring(name.length() - 57) : name,
          row.detail().length() > 90 ? row.detail().substring(0, 89) + "…" : row.detail()));
      counts.merge(row.outcome(), 1, Integer::sum);
      total += row.millis();
    }
    long[] sorted = rows.stream().mapToLong(Row::millis).sorted().toArray();
    table.append(String.format(Locale.ROOT,
        "%d files: %s; extractor start %d ms, first file %d ms, total %d ms, median %d ms,"
            + " max %d ms%n", rows.size(), counts, openMillis, rows.getFirst().millis(), total,
        sorted[sorted.length / 2], sorted[sorted.length - 1]));
    System.out.print(table);
  }
}
