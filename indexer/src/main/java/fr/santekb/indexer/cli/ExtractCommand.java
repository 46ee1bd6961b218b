package fr.santekb.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.Reading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code santekb extract FILE}: prints what the pipeline makes of one file (cleaned text, metadata,
 * entities) as JSON, for debugging. Exit 0 when text came out, 1 when the file was refused.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the cleaned text, metadata and entities of one file as JSON.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The file to extract.")
  Path file;

  @Option(names = "--config", paramLabel = "DIR", description = "Config folder.")
  Path config;

  @Option(names = "--raw", description = "Show the text before cleaning (the entities are "
      + "still those of the cleaned text, as indexed).")
  boolean raw;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      System.err.println("santekb extract: not a file: " + file);
      return ExitCodes.USAGE;
    }
    SantekbConfig cfg = ConfigLoader.load(ConfigLoader.locate(config));
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    // The indexer's own pipeline: what this prints is what indexing would write.
    try (IndexingComponents components = new IndexingComponents(cfg)) {
      switch (components.pipeline().read(file)) {
        case Reading.Refused refused -> {
          out.put("outcome", refused.rejection().outcome());
          out.put("message", refused.rejection().message());
          System.out.println(json.writeValueAsString(out));
          return ExitCodes.NOTHING_INDEXED;
        }
        case Reading.Read read -> {
          ExtractedDocument shown = raw ? read.extracted() : read.cleaned();
          out.put("outcome", read.extracted().truncated() ? "TRUNCATED" : "INDEXED");
          out.put("warnings", read.warnings());
          out.put("document", shown);
          out.put("enrichment", read.enrichment());
          out.put("quality", read.quality());
          out.put("qualityLevel", read.quality().level().id());
          out.put("text", shown.text());
        }
      }
    }
    System.out.println(json.writeValueAsString(out));
    return ExitCodes.OK;
  }
}
