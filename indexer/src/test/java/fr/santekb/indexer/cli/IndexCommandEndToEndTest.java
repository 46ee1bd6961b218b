package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.index.FileReport;
import fr.santekb.indexer.index.ReportWriter;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.config.ConfigLoader;

/** Runs the real {@code index} command on a small corpus written by the test. */
class IndexCommandEndToEndTest {
  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    write("fiches/fiche-martigues.txt", """
        Contrat Local de Santé (CLS) Pays de Martigues
        2024
        Porteur de l'action : Ville de Martigues
        Thème
        Santé mentale, Nutrition (alimentation et activité physique), Vieillissement
        Partenaire de l'action
        ATMO Sud ; ORS Paca (Observatoire Régional de la Santé) ; Addictions France
        Contexte
        La ville de Martigues met en œuvre un plan d’actions en santé mentale avec l’ARS.
        Commune
        Martigues, Port-de-Bouc
        Niveau territorial de santé
        Martigues
        Année de début de réalisation
        2022
        """);
    write("asv/plan-arles.html", """
        <html><head><meta charset="utf-8"><title>Atelier Santé Ville d’Arles : plan local</title></head>
        <body><h1>Atelier Santé Ville d’Arles</h1><p>Le plan local de santé publique 2019 porte sur
        l’accès aux soins et la nutrition des habitants des quartiers prioritaires d’Arles.</p></body></html>
        """);
    write("notes/compte-rendu.md", """
        # Compte rendu du comité de pilotage

        Le contrat local de santé de Gap (Hautes-Alpes) a été signé en 2018 avec la préfecture.
        """);
    Files.write(corpus.resolve("notes/vide.txt"), new byte[0]);
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Files.write(corpus.resolve("notes/casse.docx"), garbage);
  }

  private void write(String relative, String text) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private int runIndex(String... extra) {
    String[] base = {"--source", corpus.toString(), "--index", index.toString(), "--quiet"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CommandLines.create(new IndexCommand()).execute(args);
  }

  private RunReport report() throws IOException {
    return ReportWriter.readJson(ReportWriter.reportPath(index));
  }

  private static Map<String, Outcome> outcomes(RunReport report) {
    return report.files().stream().collect(Collectors.toMap(FileReport::path,
        FileReport::outcome));
  }

  @Test
  void indexesReadableFilesClassifiesBadOnesAndWritesTheReport() throws IOException {
    assertThat(runIndex()).isEqualTo(ExitCodes.OK);

    RunReport report = report();
    assertThat(outcomes(report)).containsOnly(
        Map.entry("fiches/fiche-martigues.txt", Outcome.INDEXED),
        Map.entry("asv/plan-arles.html", Outcome.INDEXED),
        Map.entry("notes/compte-rendu.md", Outcome.INDEXED),
        Map.entry("notes/vide.txt", Outcome.EMPTY),
        Map.entry("notes/casse.docx", Outcome.FAILED));
    assertThat(report.documentsInIndex()).isEqualTo(3);
    assertThat(report.files()).filteredOn(f -> f.outcome() == Outcome.FAILED)
        .allSatisfy(f -> assertThat(f.message()).isNotBlank().doesNotContain("\tat "));
  }

  @Test
  void facetCountsComeFromVocabulariesAndReferenceTables() throws IOException {
    assertThat(runIndex()).isEqualTo(ExitCodes.OK);

    Map<String, Map<String, Integer>> facets = facetCounts();
    assertThat(facets.get("commune")).containsEntry("13056", 1).containsEntry("13077", 1)
        .containsEntry("13004", 1);
    assertThat(facets.get("departement")).containsEntry("13", 2).containsEntry("05", 1);
    assertThat(facets.get("region")).containsEntry("93", 3);
    assertThat(facets.get("theme")).containsEntry("sante-mentale", 1);
    assertThat(facets.get("format")).containsOnlyKeys("txt", "html", "md");
    assertThat(facets.get("type")).containsEntry("fiche-action", 1);
    assertThat(facets.get("year")).containsEntry("2024", 1).containsEntry("2019", 1)
        .containsEntry("2018", 1);
  }

  @Test
  void rerunningReplacesInsteadOfDuplicatingAndRemovesVanishedFiles() throws IOException {
    assertThat(runIndex()).isEqualTo(ExitCodes.OK);
    assertThat(runIndex()).isEqualTo(ExitCodes.OK);
    assertThat(outcomes(report())).containsEntry("fiches/fiche-martigues.txt", Outcome.UNCHANGED);
    assertThat(report().documentsInIndex()).isEqualTo(3);

    Files.delete(corpus.resolve("notes/compte-rendu.md"));
    write("asv/plan-arles.html", "<html><body><h1>Plan modifié</h1><p>Arles, 2021.</p></body></html>");
    assertThat(runIndex()).isEqualTo(ExitCodes.OK);
    RunReport third = report();
    assertThat(third.documentsInIndex()).isEqualTo(2);
    assertThat(third.counts().get(Outcome.REMOVED)).isEqualTo(1);
    assertThat(outcomes(third)).containsEntry("asv/plan-arles.html", Outcome.INDEXED);

    assertThat(runIndex("--full")).isEqualTo(ExitCodes.OK);
    assertThat(report().documentsInIndex()).isEqualTo(2);
    assertThat(outcomes(report())).containsEntry("fiches/fiche-martigues.txt", Outcome.INDEXED);
  }

  @Test
  void aFolderWithNothingReadableExitsNonZero() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("rien"));
    Files.write(empty.resolve("vide.pdf"), new byte[0]);
    int code = CommandLines.create(new IndexCommand()).execute("--source", empty.toString(),
        "--index", tmp.resolve("idx2").toString(), "--quiet");
    assertThat(code).isEqualTo(ExitCodes.NOTHING_INDEXED);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CommandLines.create(new IndexCommand()).execute("--index", index.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new IndexCommand()).execute("--source",
        tmp.resolve("absent").toString(), "--index", index.toString())).isEqualTo(ExitCodes.USAGE);
  }

  /** Facet name → value → count over the whole index, read with the schema's facet config. */
  private Map<String, Map<String, Integer>> facetCounts() throws IOException {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    try (IndexingComponents components = new IndexingComponents(
            ConfigLoader.load(ConfigLoader.locate(null)));
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsConfig config = components.schema().facetsConfig();
      FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      for (FacetName facet : FacetName.values()) {
        // Each facet in its own doc-values field: counting one reads no other.
        String field = Fields.facetIndex(facet);
        assertThat(config.getDimConfig(facet.apiName()).indexFieldName).isEqualTo(field);
        Map<String, Integer> values = new HashMap<>();
        if (MultiDocValues.getSortedSetValues(reader, field) != null) {
          var state = new DefaultSortedSetDocValuesReaderState(reader, field, config);
          assertThat(state.getDims()).containsExactly(facet.apiName());
          FacetResult r = new SortedSetDocValuesFacetCounts(state, fc)
              .getTopChildren(1000, facet.apiName());
          for (LabelAndValue lv : r.labelValues) {
            values.put(lv.label, lv.value.intValue());
          }
        }
        out.put(facet.apiName(), values);
      }
      // And every facet in the field holding them all, counted alike.
      var all = new DefaultSortedSetDocValuesReaderState(reader, Fields.ALL_FACETS,
          components.schema().allFacetsConfig());
      var allCounts = new SortedSetDocValuesFacetCounts(all, fc);
      for (FacetName facet : FacetName.values()) {
        FacetResult r = allCounts.getTopChildren(1000, facet.apiName());
        Map<String, Integer> values = new HashMap<>();
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.put(lv.label, lv.value.intValue());
          }
        }
        assertThat(values).as(facet.apiName()).isEqualTo(out.get(facet.apiName()));
      }
    }
    return out;
  }

  @Test
  void anInvalidVocabularyFoundWhenTheFirstFileNeedsItIsAConfigurationErrorAndChangesNothing()
      throws IOException {
    String[] args = {"--source", corpus.toString(), "--index", index.toString(), "--quiet"};
    assertThat(CommandLines.create(new IndexCommand()).execute(args)).isEqualTo(ExitCodes.OK);
    Path config = tmp.resolve("config");
    for (String folder : new String[] {"analysis", "vocabularies", "geography"}) {
      Path from = ConfigLoader.locate(null).resolve(folder);
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          Files.createDirectories(config.resolve(folder));
          Files.copy(f, config.resolve(folder).resolve(f.getFileName()));
        }
      }
    }
    Files.writeString(config.resolve("vocabularies/themes.tsv"), "trop\tde\tcellules\tici\tx\ty\tz\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    write("notes/nouvelle.txt", "Nouvelle note sur la santé mentale à Gap.");
    String reportBefore = Files.readString(ReportWriter.reportPath(index), StandardCharsets.UTF_8);

    StringWriter err = new StringWriter();
    CommandLine cl = CommandLines.create(new IndexCommand());
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("--source", corpus.toString(), "--index", index.toString(), "--quiet",
        "--config", config.toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("configuration error").contains("themes.tsv");
    assertThat(Files.readString(ReportWriter.reportPath(index), StandardCharsets.UTF_8))
        .isEqualTo(reportBefore);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDocs()).as("nothing committed").isEqualTo(3);
    }
  }

  @Test
  void watchOptionsAreCheckedBeforeAnythingIsIndexed() {
    String source = corpus.toString();
    String idx = index.toString();
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", source, "--index", idx,
        "--settle", "100")).as("--settle without --watch").isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", source, "--index", idx,
        "--watch", "--rescan", "0")).as("no rescan period").isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", source, "--index", idx,
        "--watch", "--settle", "-1")).as("a negative settle time").isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new IndexCommand()).execute("--jsonl",
        tmp.resolve("records.jsonl").toString(), "--index", idx, "--watch"))
        .as("--watch with --jsonl").isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(index)).as("nothing indexed").isFalse();
  }
}
