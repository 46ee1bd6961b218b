package fr.santekb.indexer.index;

import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.enrichment.Enrichment;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.InvalidSidecarException;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.extraction.SidecarReader;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.schema.DocumentIds;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.lucene.document.Document;

/**
 * Turns one file into a Lucene document: extract, clean, read the sidecar, enrich, map. Never throws
 * for a bad file: every failure comes back as a classified {@link Result}. Thread-safe.
 */
public final class DocumentPipeline {
  private final TikaExtractor extractor;
  private final TextCleaner cleaner;
  private final Enricher enricher;
  private final DocumentMapper mapper;

  public DocumentPipeline(TikaExtractor extractor, TextCleaner cleaner, Enricher enricher,
      DocumentMapper mapper) {
    this.extractor = extractor;
    this.cleaner = cleaner;
    this.enricher = enricher;
    this.mapper = mapper;
  }

  /**
   * What became of one file.
   *
   * @param outcome INDEXED or TRUNCATED when {@code document} is present, else the refusal
   * @param format detected format id, empty when unknown
   * @param message why (refusals, ignored sidecars), empty when all went well
   * @param document the Lucene document to write, when there is one
   */
  public record Result(Outcome outcome, String format, String message,
      Optional<Document> document) {}

  public Result process(SourceFile file) {
    Extraction extraction = extractor.extract(file.file());
    if (extraction instanceof Extraction.Rejected rejected) {
      return new Result(rejected.outcome(), "", rejected.message(), Optional.empty());
    }
    ExtractedDocument extracted = ((Extraction.Extracted) extraction).document();
    String warning = "";
    Sidecar sidecar = Sidecar.none();
    try {
      sidecar = SidecarReader.read(file.file()).orElse(Sidecar.none());
    } catch (InvalidSidecarException e) {
      warning = "sidecar ignored: " + e.getMessage();
    }
    try {
      ExtractedDocument cleaned = extracted.withPages(cleaner.clean(extracted.pages()));
      if (sidecar.title().isPresent()) {
        cleaned = cleaned.withTitle(sidecar.title().get());
      }
      Enrichment enrichment = enricher.enrich(cleaned, sidecar);
      Document document = mapper.toLucene(new IndexableDocument(DocumentIds.of(file.file()),
          file.sourceRoot(), file.relativePath(), modifiedMillis(file), cleaned, enrichment));
      Outcome outcome = extracted.truncated() ? Outcome.TRUNCATED : Outcome.INDEXED;
      if (extracted.truncated() && warning.isEmpty()) {
        warning = "text cut at the configured limit";
      }
      return new Result(outcome, extracted.format(), warning, Optional.of(document));
    } catch (IOException | RuntimeException e) {
      // A bug or an I/O error after extraction: classify it, keep the run going.
      return new Result(Outcome.FAILED, extracted.format(),
          "after extraction: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          Optional.empty());
    }
  }

  static long modifiedMillis(SourceFile file) throws IOException {
    return Files.getLastModifiedTime(file.file()).toMillis();
  }
}
