package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.samples.FrenchSamples;
import fr.santekb.indexer.samples.SampleFormat;
import fr.santekb.indexer.samples.SampleWriters;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.StoredDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-indexing reuses extractions: real files in several formats, real Tika behind an extractor
 * that counts its calls, a real index on disk. "Not extracted again" is read from that count and
 * from the run report, never from timings.
 */
class ReindexReuseTest {
  /** One long sentence: no line reads as a title, so the title comes from the file name. */
  private static final String NAMELESS_TEXT = "Les habitants des quartiers prioritaires de "
      + "Martigues ont été interrogés en 2022 sur leur accès aux soins de premier recours et sur "
      + "les délais de rendez-vous chez les spécialistes.";

  private static TikaExtractor tika;
  private static SantekbConfig config;
  private static final Map<String, AtomicInteger> EXTRACTED = new ConcurrentHashMap<>();

  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeAll
  static void startTika() {
    config = ConfigLoader.load(ConfigLoader.locate(null));
    tika = new TikaExtractor(ExtractionSettings.defaults());
  }

  @AfterAll
  static void stopTika() {
    tika.close();
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    SampleWriters.write(FrenchSamples.contract(), SampleFormat.PDF, corpus.resolve("cls/contrat.pdf"));
    SampleWriters.write(FrenchSamples.contract(), SampleFormat.DOCX, corpus.resolve("cls/avenant.docx"));
    SampleWriters.write(FrenchSamples.contract(), SampleFormat.ODP, corpus.resolve("diaporama.odp"));
    write("notes/compte-rendu.md", "# Compte rendu du comité de pilotage\n\nLe contrat local de "
        + "santé de Gap (Hautes-Alpes) a été signé en 2018.\n");
    write("enquete_acces_soins_martigues.txt", NAMELESS_TEXT);
    Files.write(corpus.resolve("notes/vide.txt"), new byte[0]);
  }

  private void write(String relative, String text) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** One run with a fresh count of the files Tika extracted. */
  private RunReport run(boolean full) throws IOException {
    return run(full, config);
  }

  private RunReport run(boolean full, SantekbConfig config) throws IOException {
    EXTRACTED.clear();
    FileExtractor counting = file -> {
      EXTRACTED.computeIfAbsent(corpus.relativize(file).toString().replace('\\', '/'),
          k -> new AtomicInteger()).incrementAndGet();
      return tika.extract(file);
    };
    try (IndexingComponents components = new IndexingComponents(config, counting)) {
      return components.runner(2).run(List.of(corpus), index, full,
          total -> new ProgressBar(System.err, false, total));
    }
  }

  private RunReport run() throws IOException {
    return run(false);
  }

  private static Map<String, FileReport> byPath(RunReport report) {
    return report.files().stream().collect(Collectors.toMap(FileReport::path, f -> f));
  }

  /** Stored fields of every document, by path. */
  private Map<String, Document> documents() throws IOException {
    Map<String, Document> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredDocuments.forEachLive(reader, Set.of(Fields.PATH, Fields.TITLE, Fields.BODY,
          Fields.HASH, Fields.FILE_MTIME), d -> out.put(d.get(Fields.PATH), d));
    }
    return out;
  }

  private List<Path> cacheEntries() throws IOException {
    try (Stream<Path> files = Files.walk(index.resolve(ExtractionCache.FOLDER))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void aFirstRunExtractsEveryFileOnceAndFillsTheCache() throws IOException {
    RunReport report = run();

    assertThat(EXTRACTED.keySet()).containsExactlyInAnyOrder("cls/contrat.pdf",
        "cls/avenant.docx", "diaporama.odp", "notes/compte-rendu.md",
        "enquete_acces_soins_martigues.txt", "notes/vide.txt");
    assertThat(EXTRACTED.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(report.extracted()).isEqualTo(6);
    assertThat(report.reused()).isZero();
    assertThat(cacheEntries()).as("five documents and the empty file's refusal").hasSize(6);
  }

  @Test
  void aMovedFileIsRepointedWithoutExtractionAndLeavesItsOldPath() throws IOException {
    run();
    Map<String, Document> before = documents();
    Files.createDirectories(corpus.resolve("archives/2021"));
    Files.move(corpus.resolve("cls/contrat.pdf"), corpus.resolve("archives/2021/contrat.pdf"));

    RunReport report = run();

    assertThat(EXTRACTED).as("nothing went through Tika").isEmpty();
    FileReport moved = byPath(report).get("archives/2021/contrat.pdf");
    assertThat(moved.outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(moved.textFrom()).isEqualTo(TextOrigin.CACHE);
    assertThat(report.counts().get(Outcome.REMOVED)).isEqualTo(1);
    assertThat(report.reused()).as("the moved file and the empty one's refusal").isEqualTo(2);
    assertThat(report.extracted()).isZero();
    Map<String, Document> after = documents();
    assertThat(after).doesNotContainKey("cls/contrat.pdf").containsKey("archives/2021/contrat.pdf");
    Document was = before.get("cls/contrat.pdf");
    Document now = after.get("archives/2021/contrat.pdf");
    assertThat(now.get(Fields.BODY)).isEqualTo(was.get(Fields.BODY)).contains("psychiatrie");
    assertThat(now.get(Fields.TITLE)).isEqualTo(was.get(Fields.TITLE));
  }

  @Test
  void aRenamedFileGetsTheTitleItsNewNameGivesWithoutExtraction() throws IOException {
    run();
    assertThat(documents().get("enquete_acces_soins_martigues.txt").get(Fields.TITLE))
        .isEqualTo("enquete acces soins martigues");
    Path renamed = corpus.resolve("diagnostic_sante_martigues_2022.txt");
    Files.move(corpus.resolve("enquete_acces_soins_martigues.txt"), renamed);
    Files.move(corpus.resolve("cls/avenant.docx"), corpus.resolve("cls/avenant-n1.docx"));

    RunReport report = run();

    assertThat(EXTRACTED).isEmpty();
    assertThat(report.reused()).as("two renamed files, one refusal").isEqualTo(3);
    Map<String, Document> docs = documents();
    String title = docs.get("diagnostic_sante_martigues_2022.txt").get(Fields.TITLE);
    Extraction fresh = tika.extract(renamed);
    assertThat(title).as("as a fresh extraction under the new name titles it")
        .isEqualTo(((Extraction.Extracted) fresh).document().title())
        .isEqualTo("diagnostic sante martigues 2022");
    assertThat(docs.get("cls/avenant-n1.docx").get(Fields.TITLE)).isEqualTo(FrenchSamples.TITLE);
    assertThat(docs).doesNotContainKeys("enquete_acces_soins_martigues.txt", "cls/avenant.docx");
  }

  @Test
  void aCopyIsIndexedAtBothPathsTheSecondFromTheCache() throws IOException {
    run();
    Files.createDirectories(corpus.resolve("copie"));
    Files.copy(corpus.resolve("diaporama.odp"), corpus.resolve("copie/diaporama.odp"));

    RunReport report = run();

    assertThat(EXTRACTED).isEmpty();
    assertThat(byPath(report).get("diaporama.odp").outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(byPath(report).get("copie/diaporama.odp").textFrom()).isEqualTo(TextOrigin.CACHE);
    Map<String, Document> docs = documents();
    assertThat(docs.get("copie/diaporama.odp").get(Fields.BODY))
        .isEqualTo(docs.get("diaporama.odp").get(Fields.BODY));
    assertThat(docs.get("copie/diaporama.odp").get(Fields.HASH))
        .isEqualTo(docs.get("diaporama.odp").get(Fields.HASH));
  }

  @Test
  void copiesNewInOneRunAreExtractedOnce() throws IOException {
    for (int i = 1; i <= 4; i++) {
      Files.copy(corpus.resolve("cls/contrat.pdf"), corpus.resolve("contrat-" + i + ".pdf"));
    }

    RunReport report = run();

    assertThat(EXTRACTED.keySet().stream().filter(p -> p.contains("contrat"))).hasSize(1);
    assertThat(report.reused()).isEqualTo(4);
    assertThat(documents()).containsKeys("contrat-1.pdf", "contrat-4.pdf", "cls/contrat.pdf");
  }

  @Test
  void aDeletedFileLeavesTheIndexAndItsCacheEntryIsDropped() throws IOException {
    run();
    int entries = cacheEntries().size();
    Files.delete(corpus.resolve("notes/compte-rendu.md"));

    RunReport report = run();

    assertThat(EXTRACTED).isEmpty();
    assertThat(report.counts().get(Outcome.REMOVED)).isEqualTo(1);
    assertThat(documents()).doesNotContainKey("notes/compte-rendu.md");
    assertThat(cacheEntries()).hasSize(entries - 1);
  }

  @Test
  void aChangedFileAloneIsExtractedAgain() throws IOException {
    run();
    write("notes/compte-rendu.md", "# Compte rendu modifié\n\nLe contrat local de santé de "
        + "Briançon a été signé en 2019.\n");

    RunReport report = run();

    assertThat(EXTRACTED.keySet()).containsExactly("notes/compte-rendu.md");
    assertThat(report.extracted()).isEqualTo(1);
    assertThat(report.counts().get(Outcome.UNCHANGED)).isEqualTo(4);
    assertThat(byPath(report).get("notes/vide.txt").textFrom())
        .as("a refused file is not in the index: its refusal comes from the cache")
        .isEqualTo(TextOrigin.CACHE);
    assertThat(documents().get("notes/compte-rendu.md").get(Fields.BODY)).contains("Briançon");
    assertThat(cacheEntries()).as("the old version's entry is dropped").hasSize(6);
  }

  @Test
  void aTouchedFileIsReindexedFromTheCacheWithItsNewDate() throws IOException {
    run();
    Path pdf = corpus.resolve("cls/contrat.pdf");
    FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(pdf).toMillis() + 60_000);
    Files.setLastModifiedTime(pdf, later);

    RunReport report = run();

    assertThat(EXTRACTED).isEmpty();
    FileReport touched = byPath(report).get("cls/contrat.pdf");
    assertThat(touched.outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(touched.textFrom()).isEqualTo(TextOrigin.CACHE);
    assertThat(documents().get("cls/contrat.pdf").getField(Fields.FILE_MTIME).numericValue()
        .longValue()).isEqualTo(later.toMillis());
  }

  @Test
  void aRefusalIsRememberedToo() throws IOException {
    run();
    Path empty = corpus.resolve("notes/vide.txt");
    Files.move(empty, corpus.resolve("notes/toujours-vide.txt"));

    RunReport report = run();

    assertThat(EXTRACTED).isEmpty();
    FileReport refused = byPath(report).get("notes/toujours-vide.txt");
    assertThat(refused.outcome()).isEqualTo(Outcome.EMPTY);
    assertThat(refused.message()).isEqualTo("empty file (0 bytes)");
    assertThat(refused.textFrom()).isEqualTo(TextOrigin.CACHE);
  }

  @Test
  void aDamagedCacheEntryMeansExtractingAgainNotFailing() throws IOException {
    run();
    Map<String, Document> before = documents();
    List<Path> entries = cacheEntries();
    Files.write(entries.get(0), new byte[] {31, -117, 8, 0, 1, 2, 3}); // a gzip header, then junk
    for (int i = 1; i < entries.size(); i++) { // the others cut short, as by a power cut
      byte[] bytes = Files.readAllBytes(entries.get(i));
      Files.write(entries.get(i), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
    Files.writeString(entries.get(0).resolveSibling(".tmp-123.json.gz"), "left by kill -9");
    touchEveryFile();

    RunReport report = run();

    assertThat(EXTRACTED).hasSize(6);
    assertThat(report.extracted()).isEqualTo(6);
    assertThat(report.counts().get(Outcome.INDEXED)).isEqualTo(5);
    Map<String, Document> after = documents();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((path, d) -> assertThat(d.get(Fields.BODY))
        .isEqualTo(before.get(path).get(Fields.BODY)));
    assertThat(cacheEntries()).as("entries rewritten, the temporary file dropped").hasSize(6)
        .noneMatch(p -> p.getFileName().toString().startsWith(".tmp-"));

    touchEveryFile();
    assertThat(run().reused()).as("the rewritten entries are whole").isEqualTo(6);
    assertThat(EXTRACTED).isEmpty();
  }

  @Test
  void fullRereadsEveryFileWithoutTheCache() throws IOException {
    run();

    RunReport report = run(true);

    assertThat(EXTRACTED).hasSize(6);
    assertThat(report.reused()).isZero();
    assertThat(report.counts().get(Outcome.INDEXED)).isEqualTo(5);
  }

  @Test
  void theReportJsonCarriesTheTotalsAndReadsBack() throws IOException {
    run();
    Files.move(corpus.resolve("diaporama.odp"), corpus.resolve("diapos.odp"));
    RunReport report = run();

    Path json = ReportWriter.writeJson(report, index);

    assertThat(Files.readString(json)).contains("\"reused\" : 2", "\"extracted\" : 0",
        "\"textFrom\" : \"CACHE\"");
    RunReport back = ReportWriter.readJson(json);
    assertThat(back.reused()).isEqualTo(2);
    assertThat(back.files()).isEqualTo(report.files());
  }

  @Test
  void theStateFileDescribesTheCommitAndADamagedOneIsPassedOver() throws IOException {
    run();
    Files.move(corpus.resolve("diaporama.odp"), corpus.resolve("diapos.odp"));
    Files.delete(corpus.resolve("notes/compte-rendu.md"));
    write("enquete_acces_soins_martigues.txt", NAMELESS_TEXT + " Suite en 2023.");
    run();

    try (FSDirectory dir = FSDirectory.open(index)) {
      IndexedState fromFile = IndexedState.read(dir);
      assertThat(fromFile.fromFile()).isTrue();
      assertThat(fromFile.entries()).isEqualTo(IndexedState.readDocuments(dir).entries())
          .hasSize(4);
    }
    Path stateFile = index.resolve(IndexedStateFile.NAME);
    byte[] bytes = Files.readAllBytes(stateFile);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(stateFile, bytes);
    try (FSDirectory dir = FSDirectory.open(index)) {
      IndexedState read = IndexedState.read(dir);
      assertThat(read.fromFile()).as("checksum refused").isFalse();
      assertThat(read.entries()).hasSize(4);
    }

    RunReport again = run();

    assertThat(again.counts().get(Outcome.UNCHANGED)).isEqualTo(4);
    try (FSDirectory dir = FSDirectory.open(index)) {
      assertThat(IndexedState.read(dir).fromFile()).as("rewritten by the run").isTrue();
    }
  }

  @Test
  void otherExtractionSettingsMakeEveryEntryStale() throws IOException {
    run();
    touchEveryFile();
    ExtractionSettings d = ExtractionSettings.defaults();
    SantekbConfig other = new SantekbConfig(config.configDir(), new ExtractionSettings(
        d.maxCharsPerDocument() - 1, d.writeLimit(), d.maxFileBytes(), d.maxCompressionRatio(),
        d.maxPackageDepth(), d.ocr(), d.ocrLanguage(), d.parseTimeout(),
        d.maxParseAllocation()));

    RunReport report = run(false, other);

    assertThat(EXTRACTED).as("entries of another fingerprint are not reused").hasSize(6);
    assertThat(report.reused()).isZero();
    assertThat(cacheEntries()).hasSize(6);
  }

  @Test
  void anEntryIsOnlyReadBackForItsKeyAndFingerprint() throws IOException {
    Path file = corpus.resolve("notes/compte-rendu.md");
    Extraction extracted = tika.extract(file);
    String hash = ((Extraction.Extracted) extracted).document().contentHash();
    String key = ExtractionCache.key(hash, "compte-rendu.md").orElseThrow();
    byte[] bytes = CacheEntryCodec.encode(key, "pipeline 7; Tika x", extracted);

    Extraction back = CacheEntryCodec.decode(bytes, key, "pipeline 7; Tika x");

    assertThat(((Extraction.Extracted) back).document().pages())
        .isEqualTo(((Extraction.Extracted) extracted).document().pages());
    assertThat(((Extraction.Extracted) back).titleClues())
        .isEqualTo(((Extraction.Extracted) extracted).titleClues()).isPresent();
    org.assertj.core.api.Assertions.assertThatIOException()
        .isThrownBy(() -> CacheEntryCodec.decode(bytes, key, "pipeline 8; Tika x"));
    org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> CacheEntryCodec
        .decode(bytes, ExtractionCache.key(hash, "compte-rendu.txt").orElseThrow(),
            "pipeline 7; Tika x"));
    assertThat(ExtractionCache.key(hash, "rapport.tar\u00e9")).as("odd extension: not cached")
        .isEmpty();
  }

  @Test
  void theVocabulariesLoadOnlyWhenAFileNeedsIndexing() throws IOException {
    run();
    try (IndexingComponents components = new IndexingComponents(config)) {
      RunReport report = components.runner(2).run(List.of(corpus), index, false,
          total -> new ProgressBar(System.err, false, total));
      assertThat(report.counts().get(Outcome.UNCHANGED)).isEqualTo(report.files().size() - 1);
      assertThat(byPath(report).get("notes/vide.txt").outcome())
          .as("an empty file is refused again, from the cache").isEqualTo(Outcome.EMPTY);
      assertThat(components.pipelineStarted()).as("nothing changed: no vocabularies").isFalse();
      assertThat(components.tikaStarted()).isFalse();
      write("notes/nouvelle.txt", "Nouvelle note sur le contrat local de santé de Digne, 2024.");
      RunReport second = components.runner(2).run(List.of(corpus), index, false,
          total -> new ProgressBar(System.err, false, total));
      assertThat(components.pipelineStarted()).isTrue();
      assertThat(byPath(second).get("notes/nouvelle.txt").outcome()).isEqualTo(Outcome.INDEXED);
      assertThat(documents().get("notes/nouvelle.txt").get(Fields.BODY)).contains("Digne");
    }
  }

  @Test
  void tikaStartsOnlyWhenAFileNeedsExtracting() throws IOException {
    run();
    Files.move(corpus.resolve("cls/contrat.pdf"), corpus.resolve("contrat.pdf"));
    try (IndexingComponents components = new IndexingComponents(config)) {
      RunReport report = components.runner(2).run(List.of(corpus), index, false,
          total -> new ProgressBar(System.err, false, total));
      assertThat(report.reused()).isEqualTo(2);
      assertThat(components.tikaStarted()).as("nothing new: no Tika").isFalse();
      write("notes/nouvelle.txt", "Nouvelle note sur le contrat local de santé de Digne, 2024.");
      components.runner(2).run(List.of(corpus), index, false,
          total -> new ProgressBar(System.err, false, total));
      assertThat(components.tikaStarted()).isTrue();
    }
  }

  @Test
  void anIndexFolderInsideTheSourceIsNotIndexedNorCached() throws IOException {
    index = corpus.resolve("index");
    run();
    int entries = cacheEntries().size();

    RunReport again = run();

    assertThat(again.files()).noneMatch(f -> f.path().startsWith("index/"));
    assertThat(again.files()).hasSize(6);
    assertThat(cacheEntries()).hasSize(entries).hasSize(6);
  }

  private void touchEveryFile() throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f,
            FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 1_000));
      }
    }
  }
}
