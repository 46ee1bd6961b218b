package fr.santekb.api.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The index's metadata against the hand-labelled sample: the kept figures still hold. Skipped
 * when {@code ../shared/corpus} is absent. The metric itself is checked on small cases.
 */
class MetadataEvaluationTest {
  static final Path CONFIG = ConfigLoader.locate(null);
  static final Path CORPUS = CONFIG.getParent().resolve("../shared/corpus").normalize();

  @Test
  void theKeptMetadataFiguresStillHold() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("documents")),
        "shared corpus absent at " + CORPUS + ": the metadata evaluation needs ../shared/corpus");
    List<LabelledDocument> labels = MetadataLabels.load(CONFIG.resolve("eval/metadata-labels.jsonl"));
    assertThat(labels).hasSizeGreaterThanOrEqualTo(40);
    SantekbConfig config = ConfigLoader.load(CONFIG);
    MetadataResult result = EvalRun.withIndex(config, CORPUS,
        EvalRun.METADATA_FOLDERS, dir -> EvalRun.metadata(dir, CORPUS, labels));
    assertThat(result.found()).isEqualTo(result.labelled());
    Path kept = MetadataFigures.keptFile(CONFIG.resolve("eval"), config.extraction());
    System.out.println("metadata figures checked against " + kept.getFileName());
    assertThat(MetadataFigures.differences(result, MetadataFigures.read(kept)))
        .as("differences with config/eval/%s (rewrite it with ./santekb eval --metadata"
            + " --write-figures, on the same PDF text path, when the change is an improvement)",
            kept.getFileName())
        .isEmpty();
  }

  @Test
  void precisionAndRecallAreMicroAveragedAndAccuracyCountsDocuments() {
    LabelledDocument gold = new LabelledDocument("a", "Plan blanc", "plan", Optional.of(2002),
        Set.of("13055", "13056"), Set.of("ars"), Set.of());
    LabelledDocument got = new LabelledDocument("a", "PLAN BLANC", "guide", Optional.empty(),
        Set.of("13055", "75056"), Set.of("ars"), Set.of("urgences"));
    Map<String, Double> f = MetadataEvaluation.run(List.of(gold), Map.of("a", got)).figures();
    assertThat(f).containsEntry("communes precision", 0.5).containsEntry("communes recall", 0.5)
        .containsEntry("partners precision", 1.0).containsEntry("themes precision", 0.0)
        .containsEntry("themes recall", 1.0).containsEntry("title accuracy", 1.0)
        .containsEntry("type accuracy", 0.0).containsEntry("year accuracy", 0.0);
  }

  @Test
  void titlesAgreeWhenTheirWordsMostlyDo() {
    assertThat(MetadataEvaluation.titlesAgree("Chiffres clés - CH Wissembourg",
        "Chiffres clés – CH de Wissembourg")).isTrue(); // 4 words of 5 in common
    assertThat(MetadataEvaluation.titlesAgree("Chiffres clés - CH Wissembourg",
        "Mise en page")).isFalse();
    assertThat(MetadataEvaluation.titlesAgree("Chiffres clés CH Wissembourg",
        "CHIFFRES CLES - CH WISSEMBOURG")).isTrue();
    assertThat(MetadataEvaluation.titlesAgree("Contrat local de santé", "CLS")).isFalse();
    assertThat(MetadataEvaluation.titlesAgree("Chiffres clés - HUS (Hôpitaux universitaires de "
        + "Strasbourg en 2014)", "Chiffres clés - HUS")).isTrue();
    assertThat(MetadataEvaluation.titlesAgree("Annexes de la circulaire n° 700 relative à la "
        + "doctrine nationale", "ANNEXES")).isFalse();
  }
}
