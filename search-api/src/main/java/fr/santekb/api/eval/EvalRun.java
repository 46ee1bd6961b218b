package fr.santekb.api.eval;

import fr.santekb.api.SearchServer;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
}
