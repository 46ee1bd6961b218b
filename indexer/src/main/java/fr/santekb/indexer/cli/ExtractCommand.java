package fr.santekb.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.extraction.SidecarReader;
import fr.santekb.indexer.extraction.TikaExtractor;
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

  @Option(names = "--raw", description = "Show the text before cleaning.")
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
    try (TikaExtractor extractor = new TikaExtractor(cfg.extraction())) {
      Extraction extraction = extractor.extract(file);
      if (extraction instanceof Extraction.Rejected rejected) {
        out.put("outcome", rejected.outcome());
        out.put("message", rejected.message());
        System.out.println(json.writeValueAsString(out));
        return ExitCodes.NOTHING_INDEXED;
      }
      ExtractedDocument doc = ((Extraction.Extracted) extraction).document();
      ExtractedDocument cleaned = raw ? doc : doc.withPages(TextCleaner.standard()
          .clean(doc.pages()));
      Sidecar sidecar = SidecarReader.read(file).orElse(Sidecar.none());
      if (sidecar.title().isPresent()) {
        cleaned = cleaned.withTitle(sidecar.title().get());
      }
      out.put("outcome", doc.truncated() ? "TRUNCATED" : "INDEXED");
      out.put("document", cleaned);
      out.put("enrichment", Enricher.load(cfg).enrich(cleaned, sidecar));
      out.put("text", cleaned.text());
    }
    System.out.println(json.writeValueAsString(out));
    return ExitCodes.OK;
  }
}
