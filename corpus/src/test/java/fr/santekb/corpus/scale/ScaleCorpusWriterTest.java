package fr.santekb.corpus.scale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.JsonlRecord;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.samples.SampleFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusWriterTest {
  static final Path CONFIG = Path.of("../config");
  static ScaleCatalog catalog;
  static SentencePool sentences;
  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    catalog = ScaleCatalog.load(CONFIG);
    sentences = SentencePool.fromDemo();
  }

  static ScaleCorpusWriter writer(long seed) {
    return new ScaleCorpusWriter(new ScaleDocuments(catalog, sentences, seed));
  }

  static byte[] jsonl(long seed, int count) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer(seed).writeJsonl(out, count);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherOnes() throws IOException {
    assertThat(jsonl(7, 200)).isEqualTo(jsonl(7, 200));
    assertThat(jsonl(8, 200)).isNotEqualTo(jsonl(7, 200));
  }

  @Test
  void recordsAreOnePerLineAndReadableByTheIndexer() throws Exception {
    List<String> lines = new String(jsonl(3, 300), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(300);
    JsonlRecordParser parser = new JsonlRecordParser(1_000_000);
    Set<String> ids = new HashSet<>();
    Set<String> formats = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonlRecord record = parser.parse(lines.get(i), "line " + (i + 1));
      ScaleDocument expected = new ScaleDocuments(catalog, sentences, 3).document(i);
      assertThat(record.recordId()).isEqualTo(expected.id());
      assertThat(record.document().text()).contains(expected.commune());
      assertThat(record.sidecar().year()).contains(expected.year());
      assertThat(expected.year()).isBetween(ScaleDocuments.FIRST_YEAR, ScaleDocuments.LAST_YEAR);
      ids.add(record.recordId());
      formats.add(record.document().format());
    }
    assertThat(ids).hasSize(300);
    assertThat(formats).contains("pdf", "docx", "odt", "rtf", "pptx", "ppt", "odp", "html",
        "txt", "md");
  }

  @Test
  void theSameSeedWritesTheSameFilesByteForByte() throws IOException {
    writer(5).writeFiles(tmp.resolve("a"), 60, 2);
    writer(5).writeFiles(tmp.resolve("b"), 60, 1);

    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertThat(a.keySet()).hasSizeGreaterThanOrEqualTo(60).isEqualTo(b.keySet());
    a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    Set<String> extensions = a.keySet().stream().map(n -> n.substring(n.indexOf('.') + 1))
        .collect(Collectors.toSet());
    assertThat(extensions).contains("pdf", "docx", "html", "md", "txt");
  }

  @Test
  void communesAreDrawnInProportionToTheirPopulation() {
    SplittableRandom random = new SplittableRandom(1);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 20_000; i++) {
      counts.merge(catalog.commune(random), 1, Integer::sum);
    }
    // Paris holds about 3 % of the population: some 600 draws; a village of 100 people, none.
    assertThat(counts.get("Paris")).isBetween(450, 800);
    assertThat(counts.size()).isGreaterThan(3_000);
  }

  @Test
  void partnersAreTheVocabularysAndLocalAssociations() {
    assertThat(catalog.partners()).hasSizeGreaterThanOrEqualTo(300)
        .contains("Addictions France", "Centre social de Marseille",
            "Association Santé Solidarité d'Aix-en-Provence")
        .doesNotHaveDuplicates();
    assertThat(catalog.themes()).extracting(ScaleCatalog.Entry::phrase)
        .allSatisfy(p -> assertThat(p).doesNotEndWith("*"));
  }

  @Test
  void sentencesComeFromJsonlTextWhenGiven() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("jsonl"));
    Files.writeString(folder.resolve("a.jsonl"), """
        {"text": "Le contrat local de santé est signé par la commune et l'agence. trop court. \
        Une phrase sans point final qui ne sera pas gardée"}
        {"title": "sans texte"}
        """, StandardCharsets.UTF_8);
    SentencePool pool = SentencePool.load(folder);
    assertThat(pool.size()).isEqualTo(1);
    assertThat(pool.next(new SplittableRandom(1)))
        .isEqualTo("Le contrat local de santé est signé par la commune et l'agence.");
    assertThat(SentencePool.load(tmp.resolve("absent")).origin()).isEqualTo("the demo templates");
  }

  @Test
  void everySampleFormatCanBeDrawn() {
    ScaleDocuments documents = new ScaleDocuments(catalog, sentences, 11);
    Set<SampleFormat> formats = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      formats.add(documents.document(i).format());
    }
    assertThat(formats).containsExactlyInAnyOrder(SampleFormat.values());
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
