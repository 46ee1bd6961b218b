package fr.santekb.indexer.index;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.extraction.ExtractionFingerprint;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.quality.KnownWords;
import fr.santekb.indexer.quality.TextQuality;
import fr.santekb.indexer.schema.Schema;

/**
 * Wires the indexing pipeline from the configuration, explicitly, in one place. Owns the extractor,
 * so close it when the run is over. The pipeline's vocabularies and French word list load when a
 * first file needs indexing, and Tika starts on the first file that needs extracting, so a re-index that finds
 * nothing changed does without either.
 */
public final class IndexingComponents implements AutoCloseable {
  private final Schema schema;
  private final FileExtractor extractor;
  private final AutoCloseable closeExtractor;
  private final PipelineLoader pipeline;
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
    this.pipeline = new PipelineLoader(() -> {
      Enricher enricher = Enricher.load(config);
      TextQuality quality = new TextQuality(KnownWords.load(config.analysisDir()));
      return new DocumentPipeline(extractor, TextCleaner.standard(), quality, enricher,
          new DocumentMapper(schema, new EntityNames(enricher.vocabularies())));
    });
  }

  public Schema schema() {
    return schema;
  }

  /**
   * The document pipeline, loaded on first use (its vocabularies and communes are the costly part).
   *
   * @throws fr.santekb.indexer.config.ConfigException when a vocabulary file is invalid
   */
  public DocumentPipeline pipeline() {
    return pipeline.get();
  }

  /** Whether the pipeline's vocabularies were loaded (tests look). */
  boolean pipelineStarted() {
    return pipeline.started();
  }

  /**
   * Loads the pipeline and starts Tika now if not done yet: a resident indexer pays for them once,
   * before the first change rather than on it.
   */
  public void warmUp() {
    pipeline.get();
    if (extractor instanceof LazyExtractor lazy) {
      lazy.start();
    }
  }

  /** Whether Tika was started by these components (it starts on the first file to extract). */
  boolean tikaStarted() {
    return !(extractor instanceof LazyExtractor lazy) || lazy.started();
  }

  public IndexRunner runner(int threads) {
    return new IndexRunner(schema, pipeline, extractor, cacheFingerprint, threads);
  }

  /** A runner for JSONL records, which share the pipeline's steps after extraction. */
  public RecordIndexRunner recordRunner(int threads) {
    return new RecordIndexRunner(schema, pipeline.get(), new JsonlRecordParser(maxCharsPerDocument),
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
