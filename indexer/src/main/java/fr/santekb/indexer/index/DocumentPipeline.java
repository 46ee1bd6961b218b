package fr.santekb.indexer.index;

import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.InvalidSidecarException;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.extraction.SidecarReader;
import fr.santekb.indexer.quality.Quality;
import fr.santekb.indexer.quality.TextQuality;
import fr.santekb.indexer.schema.DocumentIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one file into a Lucene document: extract, clean, read the sidecar, enrich, map. Never throws
 * for a bad file: every failure comes back as a classified {@link Result}. Thread-safe.
 */
public final class DocumentPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);
  private final FileExtractor extractor;
  private final TextCleaner cleaner;
  private final TextQuality quality;
  private final Enricher enricher;
  private final DocumentMapper mapper;

  public DocumentPipeline(FileExtractor extractor, TextCleaner cleaner, TextQuality quality,
      Enricher enricher, DocumentMapper mapper) {
    this.extractor = extractor;
    this.cleaner = cleaner;
    this.quality = quality;
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
   * @param textFrom where the text came from: extracted now, the extraction cache, or nowhere
   * @param quality how well the document's text reads, when there is a document
   */
  public record Result(Outcome outcome, String format, String message,
      Optional<Document> document, TextOrigin textFrom, Optional<Quality> quality) {

    /** A result without a document, hence without a quality. */
    public Result(Outcome outcome, String format, String message, Optional<Document> document,
        TextOrigin textFrom) {
      this(outcome, format, message, document, textFrom, Optional.empty());
    }
  }

  /**
   * Extracts, cleans and enriches one file, as indexing does, without mapping it: what {@code
   * santekb extract} shows. Runtime failures after extraction propagate (indexing classifies them).
   */
  public Reading read(Path file) {
    return switch (extractor.extract(file)) {
      case Extraction.Rejected rejected -> new Reading.Refused(rejected);
      case Extraction.Extracted extracted -> understand(file, extracted.document());
    };
  }

  /** Extracts one file and makes its document. */
  public Result process(SourceFile file) {
    return process(file, extractor.extract(file.file()), TextOrigin.EXTRACTED);
  }

  /**
   * Makes the document of one file from its extraction, done now or earlier ({@code textFrom}
   * says which): cleaning, sidecar, enrichment and mapping always run on the file as it is now.
   */
  public Result process(SourceFile file, Extraction extraction, TextOrigin textFrom) {
    ExtractedDocument extracted;
    switch (extraction) {
      case Extraction.Rejected rejected -> {
        return refused(rejected, textFrom);
      }
      case Extraction.Extracted e -> extracted = e.document();
    }
    try {
      Reading.Read read = understand(file.file(), extracted);
      Document document = mapper.toLucene(new IndexableDocument(DocumentIds.of(file.file()),
          file.sourceRoot(), file.relativePath(), modifiedMillis(file), read.cleaned(),
          read.enrichment(), read.quality()));
      Outcome outcome = extracted.truncated() ? Outcome.TRUNCATED : Outcome.INDEXED;
      return new Result(outcome, extracted.format(), String.join("; ", read.warnings()),
          Optional.of(document), textFrom, Optional.of(read.quality()));
    } catch (IOException | RuntimeException e) {
      // A bug or an I/O error after extraction: classify it, keep the run going. The stack trace
      // goes to the log, where a santekb bug can be read.
      LOG.warn("{}: failed after extraction", file.file(), e);
      return new Result(Outcome.FAILED, extracted.format(),
          "after extraction: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          Optional.empty(), textFrom);
    }
  }

  /** The result of a file the extractor refused: no document, the refusal's outcome and why. */
  static Result refused(Extraction.Rejected rejected, TextOrigin textFrom) {
    return new Result(rejected.outcome(), "", rejected.message(), Optional.empty(), textFrom);
  }

  /**
   * Cleans, enriches and maps a document extracted elsewhere (a JSONL record), exactly as a file's
   * text after extraction. Never throws: a failure comes back as a FAILED {@link Result}.
   */
  public Result process(RecordInput record) {
    ExtractedDocument extracted = record.extracted();
    try {
      Reading.Read read = understand(extracted, record.sidecar(), new ArrayList<>());
      Document document = mapper.toLucene(new IndexableDocument(record.id(), record.sourceRoot(),
          record.relativePath(), record.modifiedMillis(), read.cleaned(), read.enrichment(),
          read.quality()));
      Outcome outcome = extracted.truncated() ? Outcome.TRUNCATED : Outcome.INDEXED;
      return new Result(outcome, extracted.format(), String.join("; ", read.warnings()),
          Optional.of(document), TextOrigin.NONE, Optional.of(read.quality()));
    } catch (RuntimeException e) {
      LOG.warn("{}: failed after extraction", record.relativePath(), e);
      return new Result(Outcome.FAILED, extracted.format(),
          "after extraction: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          Optional.empty(), TextOrigin.NONE);
    }
  }

  /**
   * Sidecar, cleaning, quality, sidecar title, enrichment: the steps after extraction, in one
   * place.
   */
  private Reading.Read understand(Path file, ExtractedDocument extracted) {
    List<String> warnings = new ArrayList<>();
    Sidecar sidecar = Sidecar.none();
    try {
      sidecar = SidecarReader.read(file).orElse(Sidecar.none());
    } catch (InvalidSidecarException e) {
      warnings.add("sidecar ignored: " + e.getMessage());
    }
    return understand(extracted, sidecar, warnings);
  }

  private Reading.Read understand(ExtractedDocument extracted, Sidecar sidecar,
      List<String> warnings) {
    TextCleaner.Cleaned clean = cleaner.cleanCounting(extracted.pages());
    ExtractedDocument cleaned = extracted.withPages(clean.pages());
    Quality measured = quality.measure(clean.pages(), cleaned.paged(), clean.repairs());
    if (sidecar.title().isPresent()) {
      cleaned = cleaned.withTitle(sidecar.title().get());
    }
    if (extracted.truncated()) {
      warnings.add("text cut at the configured limit");
    }
    return new Reading.Read(extracted, cleaned, sidecar, enricher.enrich(cleaned, sidecar),
        measured, warnings);
  }

  static long modifiedMillis(SourceFile file) throws IOException {
    return Files.getLastModifiedTime(file.file()).toMillis();
  }
}
