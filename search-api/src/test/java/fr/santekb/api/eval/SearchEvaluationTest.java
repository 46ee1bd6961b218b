package fr.santekb.api.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged query set over the shared corpus, through the engine as the API runs it: the kept
 * figures still hold (a drop fails; a gain asks for them to be rewritten), and the bars the
 * relevance issue set. Skipped when {@code ../shared/corpus} is absent.
 */
class SearchEvaluationTest {
  static final Path CONFIG = ConfigLoader.locate(null);
  static final Path CORPUS = CONFIG.getParent().resolve("../shared/corpus").normalize();
  static JudgedSet set;
  static List<RankerResult> results;

  @BeforeAll
  static void evaluate() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("seeds"))
        && Files.isDirectory(CORPUS.resolve("documents")),
        "shared corpus absent at " + CORPUS + ": the evaluation needs ../shared/corpus");
    SantekbConfig config = ConfigLoader.load(CONFIG);
    set = JudgedSet.load(CONFIG.resolve("eval/judgments.tsv"));
    results = EvalRun.withIndex(config, CORPUS, EvalRun.SEARCH_FOLDERS,
        dir -> EvalRun.run(config, dir, CORPUS, set));
  }

  @Test
  void theKeptFiguresStillHold() throws IOException {
    Map<String, Metrics> kept = Figures.read(CONFIG.resolve("eval/search-figures.tsv"));
    assertThat(Figures.differences(results.get(0), kept))
        .as("differences with config/eval/search-figures.tsv (rewrite it with "
            + "./santekb eval --write-figures when the change is an improvement)")
        .isEmpty();
  }

  @Test
  void theEngineMeetsTheRelevanceBars() {
    Metrics all = results.get(0).overall();
    assertThat(all.ndcg10()).isGreaterThanOrEqualTo(0.85);
    assertThat(all.recall20()).isGreaterThanOrEqualTo(0.95);
    assertThat(all.zeroResults()).isZero();
    results.get(0).byKind().forEach((kind, m) ->
        assertThat(m.ndcg10()).as("nDCG@10 of %s queries", kind).isGreaterThanOrEqualTo(0.70));
  }

  @Test
  void theEngineRanksBetterThanBothLuceneBaselines() {
    double engine = results.get(0).overall().ndcg10();
    assertThat(results.get(1).ranker()).isEqualTo("Standard BM25");
    assertThat(engine).isGreaterThan(results.get(1).overall().ndcg10());
    assertThat(results.get(2).ranker()).isEqualTo("French BM25");
    assertThat(engine).isGreaterThan(results.get(2).overall().ndcg10());
  }

  @Test
  void everyJudgedQueryHasARelevantDocumentInTheCorpus() {
    for (JudgedQuery q : set.queries()) {
      assertThat(q.grades()).as(q.id()).isNotEmpty();
      q.grades().keySet().forEach(path ->
          assertThat(CORPUS.resolve(path)).as(q.id() + " judges " + path).isRegularFile());
    }
    assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(60);
  }
}
