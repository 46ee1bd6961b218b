package fr.santekb.api.eval;

import fr.santekb.api.SearchServer;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One evaluation over an existing index: the engine as the API runs it, then the two Lucene
 * baselines built in the same run from the text that index holds.
 */
public final class EvalRun {
  private EvalRun() {}

  /**
   * Results of santekb, then Standard BM25, then French BM25, on {@code set}.
   *
   * @param corpusRoot the folder the judged paths are relative to
   */
  public static List<RankerResult> run(SantekbConfig config, Path indexDir, Path corpusRoot,
      JudgedSet set) throws IOException {
    IndexedCorpus corpus = IndexedCorpus.read(indexDir, corpusRoot);
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    RankerResult engine;
    // Ranking is measured, not speed: a search the default budget would cut on a busy machine
    // (and answer partially) must not count as a miss, so each has a minute.
    try (SearchService service = SearchService.open(indexDir, schema, Vocabularies.load(config),
        Duration.ofHours(1), Duration.ofMinutes(1))) {
      engine = Evaluation.run(set, new EngineRanker(service, corpus.keyOfId()));
    }
    try (BaselineRanker standard = BaselineRanker.standard(corpus.documents());
        BaselineRanker french = BaselineRanker.french(corpus.documents())) {
      return List.of(engine, Evaluation.run(set, standard), Evaluation.run(set, french));
    }
  }

  /** The index's metadata against the hand-labelled {@code labels}. */
  public static MetadataResult metadata(Path indexDir, Path corpusRoot,
      List<LabelledDocument> labels) throws IOException {
    return MetadataEvaluation.run(labels, IndexedCorpus.read(indexDir, corpusRoot).metadata());
  }

  /** Work done on a freshly built index. */
  @FunctionalInterface
  public interface IndexWork<T> {
    T apply(Path indexDir) throws IOException;
  }

  /**
   * Indexes the {@code folders} of {@code corpusRoot} that exist into a temporary folder, runs
   * {@code work} on it, then deletes the folder.
   */
  public static <T> T withIndex(SantekbConfig config, Path corpusRoot, List<String> folders,
      IndexWork<T> work) throws IOException {
    Path tmp = Files.createTempDirectory("santekb-eval");
    try {
      Path dir = tmp.resolve("index");
      List<Path> sources = folders.stream().map(corpusRoot::resolve)
          .filter(Files::isDirectory).toList();
      try (IndexingComponents c = new IndexingComponents(config)) {
        c.runner(Runtime.getRuntime().availableProcessors()).run(sources, dir, false,
            total -> new ProgressBar(new PrintStream(OutputStream.nullOutputStream(), false,
                StandardCharsets.UTF_8), false, total));
      }
      return work.apply(dir);
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The judged search set's folders: the seeds and the documents. */
  public static final List<String> SEARCH_FOLDERS = List.of("seeds", "documents");
  /** The labelled metadata sample's folders: the seeds, the documents and the contracts. */
  public static final List<String> METADATA_FOLDERS = List.of("seeds", "documents", "contracts");
}
