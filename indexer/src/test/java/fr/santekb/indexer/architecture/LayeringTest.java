package fr.santekb.indexer.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The indexer's packages depend one way: config ← analysis ← schema ← stages (extraction,
 * cleaning, quality, enrichment) ← index ← cli; no package cycle. The format writers (samples) are test
 * fixtures and the demo generator lives in the corpus module: neither is in the product jar.
 */
class LayeringTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("fr.santekb.indexer");

  @Test
  void packagesDependOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("config").definedBy("fr.santekb.indexer.config..")
        .layer("analysis").definedBy("fr.santekb.indexer.analysis..")
        .layer("schema").definedBy("fr.santekb.indexer.schema..")
        .layer("stages").definedBy("fr.santekb.indexer.extraction..",
            "fr.santekb.indexer.cleaning..", "fr.santekb.indexer.enrichment..",
            "fr.santekb.indexer.contracts..", "fr.santekb.indexer.quality..")
        .layer("index").definedBy("fr.santekb.indexer.index..")
        .layer("cli").definedBy("fr.santekb.indexer.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("index").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("stages").mayOnlyBeAccessedByLayers("index", "cli")
        .whereLayer("schema").mayOnlyBeAccessedByLayers("stages", "index", "cli")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("schema", "stages", "index", "cli")
        .check(CLASSES);
  }

  @Test
  void theProductHoldsNoSampleWriterOrDemoGenerator() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should().resideInAPackage("fr.santekb.indexer.samples..")
        .allowEmptyShould(true).check(CLASSES);
    org.assertj.core.api.Assertions.assertThat(LayeringTest.class.getClassLoader()
        .getResource("demo/manifest.txt")).as("demo templates on the indexer's class path").isNull();
  }

  @Test
  void noPackageCycle() {
    slices().matching("fr.santekb.indexer.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
