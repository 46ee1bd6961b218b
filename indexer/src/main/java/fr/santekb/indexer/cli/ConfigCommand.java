package fr.santekb.indexer.cli;

import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.config.ServeSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code santekb config}: what santekb.yaml amounts to; only {@code check} for now. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Inspect config/santekb.yaml.", subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {
  @Override
  public void run() {
    CommandLines.create(this).usage(System.out);
  }

  /**
   * {@code santekb config check}: loads and validates santekb.yaml, prints the effective settings
   * (file values over defaults, paths made absolute) and exits 2 on an invalid key or value, or a
   * source or page folder that does not exist. The index folder may not exist yet.
   */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validate santekb.yaml and print the effective settings; exit 2 on an error.")
  static final class Check implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "DIR",
        description = "Config folder (default: the project's config/).")
    Path config;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path configDir = ConfigLoader.locate(config);
      SantekbConfig cfg;
      try {
        cfg = ConfigLoader.load(configDir);
      } catch (ConfigException e) {
        err.println("santekb config check: " + configDir.resolve(ConfigLoader.FILE_NAME) + ": "
            + e.getMessage());
        return ExitCodes.USAGE;
      }
      print(cfg, out);
      List<String> problems = missingFolders(cfg);
      problems.forEach(p -> err.println("santekb config check: " + p));
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }

    static void print(SantekbConfig cfg, PrintWriter out) {
      out.println("file: " + cfg.configDir().resolve(ConfigLoader.FILE_NAME));
      out.println("index: " + cfg.index().map(Path::toString).orElse("(not set)"));
      out.println("sources: " + cfg.sources());
      ServeSettings s = cfg.serve();
      out.println("serve.host: " + s.host());
      out.println("serve.port: " + s.port());
      out.println("serve.ui: " + cfg.uiDir());
      out.println("serve.corsOrigins: " + s.corsOrigins());
      out.println("serve.refreshSeconds: " + s.refreshEvery().toMillis() / 1000.0);
      out.println("serve.requestLog: " + s.requestLog().name().toLowerCase(Locale.ROOT));
      ExtractionSettings e = cfg.extraction();
      out.println("extraction.maxCharsPerDocument: " + e.maxCharsPerDocument());
      out.println("extraction.writeLimit: " + e.writeLimit());
      out.println("extraction.maxFileBytes: " + e.maxFileBytes());
      out.println("extraction.maxCompressionRatio: " + e.maxCompressionRatio());
      out.println("extraction.maxPackageDepth: " + e.maxPackageDepth());
      out.println("extraction.ocr: " + e.ocr());
      out.println("extraction.ocrLanguage: " + e.ocrLanguage());
      out.println("extraction.parseTimeout: " + e.parseTimeout().toMillis() / 1000.0);
      out.println("extraction.maxParseAllocation: " + e.maxParseAllocation());
    }

    private static List<String> missingFolders(SantekbConfig cfg) {
      List<String> problems = new ArrayList<>();
      for (Path source : cfg.sources()) {
        if (!Files.isDirectory(source)) {
          problems.add("sources: not a folder: " + source);
        }
      }
      if (!Files.isDirectory(cfg.uiDir())) {
        problems.add("serve.ui: not a folder: " + cfg.uiDir());
      }
      return problems;
    }
  }
}
