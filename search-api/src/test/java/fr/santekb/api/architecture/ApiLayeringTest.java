package fr.santekb.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The search API's packages: the command line (app) sits on top and nothing depends on it; the
 * HTTP layer is not used by the search, query or evaluation code; no package cycle.
 */
class ApiLayeringTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("fr.santekb");

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("fr.santekb.app..")
        .should().dependOnClassesThat().resideInAPackage("fr.santekb.app..").check(CLASSES);
  }

  @Test
  void searchQueryAndEvaluationDoNotKnowHttp() {
    noClasses().that().resideInAnyPackage("fr.santekb.api.search..", "fr.santekb.api.query..",
        "fr.santekb.api.eval..", "fr.santekb.api.results..")
        .should().dependOnClassesThat().resideInAPackage("fr.santekb.api.http..").check(CLASSES);
  }

  @Test
  void theIndexerNeverDependsOnTheApi() {
    noClasses().that().resideInAPackage("fr.santekb.indexer..")
        .should().dependOnClassesThat().resideInAPackage("fr.santekb.api..").check(CLASSES);
  }

  @Test
  void noPackageCycle() {
    slices().matching("fr.santekb.api.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
