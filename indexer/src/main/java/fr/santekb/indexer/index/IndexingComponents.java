package fr.santekb.indexer.index;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.extraction.ExtractionFingerprint;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.schema.Schema;

/**
 * Wires the indexing pipeline from the configuration, explicitly, in one place. Owns the extractor,
 * so close it when the run is over. Tika is started on the first file that needs extracting, so a
 * re-index that reads nothing new does without it.
 */
public final class IndexingComponents implements AutoCloseable {
  private final Schema schema;
  private final FileExtractor extractor;
  private final AutoCloseable closeExtractor;
  private final DocumentPipeline pipeline;
  private final int maxCharsPerDocument;
  private final String cacheFingerprint;

  public IndexingComponents(SantekbConfig config) {
    this(config, new LazyExtractor(() -> new TikaExtractor(config.extraction())));
  }

  /** Components around a given extractor (tests plant misbehaving parsers in one). */
  public IndexingComponents(SantekbConfig config, TikaExtractor extractor) {
    this(config, extractor::extract, extractor);
  }

  /**
   * Components around any extractor (tests count what is extracted); the extraction cache treats
   * its results as Tika's under {@code config}'s settings.
   */
  public IndexingComponents(SantekbConfig config, FileExtractor extractor) {
    this(config, extractor, () -> { });
  }

  private IndexingComponents(SantekbConfig config, LazyExtractor extractor) {
    this(config, extractor, extractor);
  }

  private IndexingComponents(SantekbConfig config, FileExtractor extractor,
      AutoCloseable closeExtractor) {
    this.schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    this.extractor = extractor;
    this.closeExtractor = closeExtractor;
    this.maxCharsPerDocument = config.extraction().maxCharsPerDocument();
    this.cacheFingerprint = "pipeline " + Schema.PIPELINE_VERSION + "; "
        + ExtractionFingerprint.of(config.extraction());
    Enricher enricher = Enricher.load(config);
    this.pipeline = new DocumentPipeline(extractor, TextCleaner.standard(), enricher,
        new DocumentMapper(schema, new EntityNames(enricher.vocabularies())));
  }

  public Schema schema() {
    return schema;
  }

  public DocumentPipeline pipeline() {
    return pipeline;
  }

  /** Whether Tika was started by these components (it starts on the first file to extract). */
  boolean tikaStarted() {
    return !(extractor instanceof LazyExtractor lazy) || lazy.started();
  }

  /**
   * Starts Tika now if it is not running yet (a resident indexer pays its start-up once, before the
   * first change rather than on it).
   */
  public void startExtractor() {
    if (extractor instanceof LazyExtractor lazy) {
      lazy.start();
    }
  }

  public IndexRunner runner(int threads) {
    return new IndexRunner(schema, pipeline, extractor, cacheFingerprint, threads);
  }

  /** A runner for JSONL records, which share the pipeline's steps after extraction. */
  public RecordIndexRunner recordRunner(int threads) {
    return new RecordIndexRunner(schema, pipeline, new JsonlRecordParser(maxCharsPerDocument),
        threads);
  }

  @Override
  public void close() {
    try {
      closeExtractor.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the extractor", e);
    }
  }
}
