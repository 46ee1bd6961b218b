package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.extraction.TrapParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser that never returns and one that allocates without end, planted for {@code *.hang.txt}
 * and {@code *.hog.txt}: each file is abandoned and classified, every other file is indexed.
 */
class RunawayParseTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final long MAX_ALLOCATION = 64L * 1024 * 1024;

  @TempDir Path tmp;

  @BeforeEach
  void arm() {
    TrapParser.arm();
  }

  @AfterEach
  void release() {
    TrapParser.release();
  }

  private static TikaExtractor trappedExtractor(Duration timeout, long maxAllocation) {
    return new TikaExtractor(ExtractionSettings.defaults().withParseLimits(timeout,
        maxAllocation), List.of(new TrapParser()));
  }

  private void write(Path corpus, String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aHangingAndAHoggingParserAreAbandonedAndEveryOtherFileIsIndexed() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(corpus, "a-plan.txt", "Plan local de santé publique de Martigues, 2021.");
    write(corpus, "b-bloque.hang.txt", "Ce fichier bloque son parseur.");
    write(corpus, "c-glouton.hog.txt", "Ce fichier fait allouer son parseur sans fin.");
    write(corpus, "d-fiche.txt", "Fiche action : prévention du suicide à Arles, 2023.");
    Path index = tmp.resolve("index");
    SantekbConfig config = ConfigLoader.load(ConfigLoader.locate(null));

    long start = System.nanoTime();
    RunReport report;
    try (IndexingComponents components = new IndexingComponents(config,
        trappedExtractor(TIMEOUT, MAX_ALLOCATION))) {
      report = components.runner(2).run(List.of(corpus), index, false,
          total -> new ProgressBar(System.err, false, total));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    Map<String, FileReport> byPath = report.files().stream()
        .collect(Collectors.toMap(FileReport::path, f -> f));
    assertThat(byPath.get("a-plan.txt").outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(byPath.get("d-fiche.txt").outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(byPath.get("b-bloque.hang.txt").outcome()).isEqualTo(Outcome.TIMEOUT);
    assertThat(byPath.get("b-bloque.hang.txt").message())
        .isEqualTo("parse abandoned after 2 s, over extraction.parseTimeout=2");
    assertThat(byPath.get("c-glouton.hog.txt").outcome()).isEqualTo(Outcome.TOO_LARGE);
    assertThat(byPath.get("c-glouton.hog.txt").message())
        .startsWith("parse abandoned after allocating ")
        .endsWith(" MB, over extraction.maxParseAllocation=" + MAX_ALLOCATION);
    assertThat(took).as("the hog is caught by its allocations, long before the timeout")
        .isLessThan(TIMEOUT.multipliedBy(4));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDocs()).isEqualTo(2);
    }
    assertThat(report.documentsInIndex()).isEqualTo(2);
  }

  @Test
  void theHogIsCaughtByItsAllocationsBeforeTheTimeout() throws IOException {
    Path file = tmp.resolve("glouton.hog.txt");
    Files.writeString(file, "Allocation sans fin.", StandardCharsets.UTF_8);
    long start = System.nanoTime();
    Extraction result = trappedExtractor(Duration.ofSeconds(30), MAX_ALLOCATION).extract(file);
    assertThat(result).isInstanceOfSatisfying(Extraction.Rejected.class,
        r -> assertThat(r.outcome()).isEqualTo(Outcome.TOO_LARGE));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void withTheLimitsOffAnOrdinaryFileIsExtractedOnTheCallingThread() throws IOException {
    Path file = tmp.resolve("plan.txt");
    Files.writeString(file, "Contrat local de santé de Gap, 2018.", StandardCharsets.UTF_8);
    Extraction result = trappedExtractor(Duration.ZERO, 0).extract(file);
    assertThat(result).isInstanceOf(Extraction.Extracted.class);
  }
}
