package fr.santekb.api.eval;

import fr.santekb.api.SearchServer;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.Schema;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
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
    try (SearchService service = SearchService.open(indexDir, schema, SearchServer.labels(config),
        Duration.ofHours(1))) {
      engine = Evaluation.run(set, new EngineRanker(service, corpus.keyOfId()));
    }
    try (BaselineRanker standard = BaselineRanker.standard(corpus.documents());
        BaselineRanker french = BaselineRanker.french(corpus.documents())) {
      return List.of(engine, Evaluation.run(set, standard), Evaluation.run(set, french));
    }
  }

  /**
   * Indexes {@code corpusRoot}'s {@code seeds} and {@code documents} folders into a temporary
   * folder, runs {@link #run}, then deletes the folder.
   */
  public static List<RankerResult> indexAndRun(SantekbConfig config, Path corpusRoot,
      JudgedSet set) throws IOException {
    Path tmp = Files.createTempDirectory("santekb-eval");
    try {
      Path dir = tmp.resolve("index");
      try (IndexingComponents c = new IndexingComponents(config)) {
        c.runner(Runtime.getRuntime().availableProcessors()).run(
            List.of(corpusRoot.resolve("seeds"), corpusRoot.resolve("documents")), dir, false,
            total -> new ProgressBar(new PrintStream(OutputStream.nullOutputStream(), false,
                StandardCharsets.UTF_8), false, total));
      }
      return run(config, dir, corpusRoot, set);
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
