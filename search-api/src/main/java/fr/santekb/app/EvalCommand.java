package fr.santekb.app;

import fr.santekb.api.eval.EvalRun;
import fr.santekb.api.eval.EvalTables;
import fr.santekb.api.eval.Figures;
import fr.santekb.api.eval.JudgedSet;
import fr.santekb.api.eval.LabelledDocument;
import fr.santekb.api.eval.MetadataFigures;
import fr.santekb.api.eval.MetadataLabels;
import fr.santekb.api.eval.MetadataResult;
import fr.santekb.api.eval.RankerResult;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code santekb eval}: the judged query set through the engine (the API's code path) and two
 * plain Lucene BM25 baselines built in the same run; nDCG@10, recall@20, MRR and the zero-result
 * rate, overall and per kind of query. Exit 1 with {@code --check} when the figures kept in the
 * repository differ beyond their tolerance.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure search quality on the judged query set, beside Lucene "
        + "StandardAnalyzer and FrenchAnalyzer BM25 baselines.")
public final class EvalCommand implements Callable<Integer> {
  static final String DEFAULT_COMMAND = "./santekb eval --write-figures";
  static final String METADATA_COMMAND = "./santekb eval --metadata --write-figures";
  /** Exit code of {@code --check} when the figures differ from the kept ones. */
  static final int FIGURES_DIFFER = 1;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "Judged queries (default: config/eval/judgments.tsv).")
  Path queries;

  @Option(names = "--index", paramLabel = "DIR", description = "Index of the judged corpus "
      + "(default: index <corpus>/seeds and <corpus>/documents into a temporary folder).")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder the judged paths are relative to (default: ../shared/corpus).")
  Path corpus;

  @Option(names = "--config", paramLabel = "DIR",
      description = "Config folder (default: the project's config/).")
  Path config;

  @Option(names = "--check", description = "Exit 1 when the figures differ from the kept ones.")
  boolean check;

  @Option(names = "--write-figures", description = "Rewrite config/eval/search-figures.tsv and "
      + "config/eval/results.md with this run's figures.")
  boolean writeFigures;

  @Option(names = "--details", description = "List the queries with nDCG@10 below 0.7 (with "
      + "--metadata: every wrong value).")
  boolean details;

  @Option(names = "--metadata", description = "Measure the metadata (communes, partners, themes, "
      + "title, type, year) against config/eval/metadata-labels.jsonl instead; the default index "
      + "then also holds <corpus>/contracts.")
  boolean metadata;

  @Override
  public Integer call() throws Exception {
    Path configDir = ConfigLoader.locate(config);
    SantekbConfig cfg = ConfigLoader.load(configDir);
    Path evalDir = configDir.resolve("eval");
    Path judgments = queries != null ? queries : evalDir.resolve("judgments.tsv");
    Path corpusRoot = corpus != null ? corpus
        : configDir.getParent().resolve("../shared/corpus").normalize();
    if (!Files.isRegularFile(judgments)) {
      System.err.println("santekb eval: no judged queries at " + judgments);
      return ExitCodes.USAGE;
    }
    if (index == null && !Files.isDirectory(corpusRoot)) {
      System.err.println("santekb eval: corpus folder not found: " + corpusRoot
          + " (give --corpus DIR, or --index DIR of an index of it)");
      return ExitCodes.USAGE;
    }
    if (index != null && !Files.isDirectory(index)) {
      System.err.println("santekb eval: not a folder: " + index);
      return ExitCodes.USAGE;
    }
    if (metadata) {
      return metadata(cfg, evalDir, corpusRoot);
    }
    JudgedSet set = JudgedSet.load(judgments);
    List<RankerResult> results = index != null ? EvalRun.run(cfg, index, corpusRoot, set)
        : EvalRun.withIndex(cfg, corpusRoot, EvalRun.SEARCH_FOLDERS,
            dir -> EvalRun.run(cfg, dir, corpusRoot, set));
    String table = EvalTables.summary(set, results);
    System.out.print(table);
    if (details) {
      System.out.print(EvalTables.weakQueries(set, results.get(0), 0.7));
    }
    Path figures = evalDir.resolve("search-figures.tsv");
    if (writeFigures) {
      Figures.write(results.get(0), figures, DEFAULT_COMMAND);
      Files.writeString(evalDir.resolve("results.md"), "# Search evaluation\n\nCommand: `"
          + DEFAULT_COMMAND + "` (judged set `config/eval/judgments.tsv`, corpus "
          + "`../shared/corpus` seeds and documents). Baselines: plain Lucene BM25, title and "
          + "text in one field, every word optional.\n\n" + table, StandardCharsets.UTF_8);
      System.out.println("Figures written to " + figures);
    }
    if (check) {
      List<String> diffs = Figures.differences(results.get(0), Figures.read(figures));
      diffs.forEach(d -> System.out.println("differs: " + d));
      return diffs.isEmpty() ? ExitCodes.OK : FIGURES_DIFFER;
    }
    return ExitCodes.OK;
  }

  private int metadata(SantekbConfig cfg, Path evalDir, Path corpusRoot) throws Exception {
    List<LabelledDocument> labels = MetadataLabels.load(evalDir.resolve("metadata-labels.jsonl"));
    MetadataResult result = index != null ? EvalRun.metadata(index, corpusRoot, labels)
        : EvalRun.withIndex(cfg, corpusRoot, EvalRun.METADATA_FOLDERS,
            dir -> EvalRun.metadata(dir, corpusRoot, labels));
    System.out.println(result.found() + " of " + result.labelled()
        + " labelled documents found in the index");
    System.out.print(MetadataFigures.table(result));
    if (details) {
      result.misses().forEach(System.out::println);
    }
    Path figures = MetadataFigures.keptFile(evalDir, cfg.extraction());
    if (writeFigures) {
      MetadataFigures.write(result, figures, METADATA_COMMAND);
      System.out.println("Figures written to " + figures);
    }
    if (check) {
      List<String> diffs = MetadataFigures.differences(result, MetadataFigures.read(figures));
      diffs.forEach(d -> System.out.println("differs: " + d));
      return diffs.isEmpty() ? ExitCodes.OK : FIGURES_DIFFER;
    }
    return ExitCodes.OK;
  }
}
