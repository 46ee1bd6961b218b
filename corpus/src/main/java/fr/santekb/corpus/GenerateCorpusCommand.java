package fr.santekb.corpus;

import fr.santekb.corpus.scale.ScaleCatalog;
import fr.santekb.corpus.scale.ScaleCorpusWriter;
import fr.santekb.corpus.scale.ScaleDocuments;
import fr.santekb.corpus.scale.SentencePool;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code santekb generate-corpus}: writes the deterministic demonstration corpus, or with {@code
 * --count} a scale corpus of any size (files in every format, or JSONL records).
 */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
    description = {"Write the demonstration corpus (fictitious documents in every format).",
        "With --count N: write N generated documents (contracts, fiches action, reports) into "
            + "--out DIR, or N JSONL records into --jsonl FILE; the same --seed gives the same "
            + "bytes."})
public final class GenerateCorpusCommand implements Callable<Integer> {
  static final long DEFAULT_SEED = 1;
  /** {@code ./santekb generate-corpus [--out DIR] [--count N [--seed S] [--jsonl FILE]]}. */
  public static void main(String[] args) {
    System.exit(CommandLines.create(new GenerateCorpusCommand()).execute(args));
  }

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: corpus/documents "
      + "of the project; required with --count unless --jsonl is given).")
  Path out;

  @Option(names = "--count", paramLabel = "N", description = "Generate N documents instead of the "
      + "demonstration corpus.")
  Long count;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of a generated corpus "
      + "(default: " + DEFAULT_SEED + ").")
  Long seed;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "With --count: write JSONL records "
      + "(for santekb index --jsonl) instead of files.")
  Path jsonl;

  @Option(names = "--sentences", paramLabel = "DIR", description = "Folder of *.jsonl files whose "
      + "text gives the sentences (default: ../shared/corpus/scale beside the project, else the "
      + "demo templates).")
  Path sentences;

  @Option(names = "--config", paramLabel = "DIR", description = "Config folder with geography/ and "
      + "vocabularies/ (default: the project's config/).")
  Path config;

  @Option(names = "--threads", paramLabel = "N", description = "Threads writing files "
      + "(default: number of cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    Path root = Path.of(System.getProperty("santekb.root", ".")).toAbsolutePath().normalize();
    if (count == null) {
      if (jsonl != null || seed != null) {
        System.err.println("santekb generate-corpus: --jsonl and --seed need --count N");
        return ExitCodes.USAGE;
      }
      Path target = out != null ? out : root.resolve(DemoCorpusGenerator.DEFAULT_OUTPUT);
      List<Path> files = DemoCorpusGenerator.generate(target);
      System.out.println(files.size() + " files written to " + target.toAbsolutePath().normalize());
      return ExitCodes.OK;
    }
    String problem = scaleProblem();
    if (problem != null) {
      System.err.println("santekb generate-corpus: " + problem);
      return ExitCodes.USAGE;
    }
    long s = seed != null ? seed : DEFAULT_SEED;
    long t0 = System.nanoTime();
    SentencePool pool = SentencePool.load(sentences != null ? sentences
        : root.resolveSibling("shared").resolve("corpus/scale"));
    ScaleCatalog catalog = ScaleCatalog.load(config != null ? config : root.resolve("config"));
    ScaleCorpusWriter writer = new ScaleCorpusWriter(new ScaleDocuments(catalog, pool, s));
    String what;
    if (jsonl != null) {
      writer.writeJsonl(jsonl, count);
      what = count + " records written to " + jsonl.toAbsolutePath().normalize();
    } else {
      int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      long files = writer.writeFiles(out, count, n);
      what = files + " files (" + count + " documents and their sidecars) written to "
          + out.toAbsolutePath().normalize();
    }
    System.out.println(String.format(Locale.ROOT, "%s in %.1f s (seed %d, %d sentences from %s)",
        what, (System.nanoTime() - t0) / 1e9, s, pool.size(), pool.origin()));
    return ExitCodes.OK;
  }

  /** What is wrong with the scale options, or null. */
  private String scaleProblem() {
    if (count < 1) {
      return "--count must be >= 1 (got " + count + ")";
    }
    if (jsonl != null && out != null) {
      return "give --out DIR or --jsonl FILE, not both";
    }
    if (jsonl == null && out == null) {
      return "--count needs --out DIR (files) or --jsonl FILE (records)";
    }
    if (threads != null && threads < 1) {
      return "--threads must be >= 1";
    }
    return null;
  }
}
