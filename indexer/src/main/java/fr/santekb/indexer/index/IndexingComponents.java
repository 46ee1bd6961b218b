package fr.santekb.indexer.index;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Enricher;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.schema.Schema;

/**
 * Wires the indexing pipeline from the configuration, explicitly, in one place. Owns the extractor,
 * so close it when the run is over.
 */
public final class IndexingComponents implements AutoCloseable {
  private final Schema schema;
  private final TikaExtractor extractor;
  private final DocumentPipeline pipeline;
  private final int maxCharsPerDocument;

  public IndexingComponents(SantekbConfig config) {
    this(config, new TikaExtractor(config.extraction()));
  }

  /** Components around a given extractor (tests plant misbehaving parsers in one). */
  public IndexingComponents(SantekbConfig config, TikaExtractor extractor) {
    this.schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    this.extractor = extractor;
    this.maxCharsPerDocument = config.extraction().maxCharsPerDocument();
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

  public IndexRunner runner(int threads) {
    return new IndexRunner(schema, pipeline, threads);
  }

  /** A runner for JSONL records, which share the pipeline's steps after extraction. */
  public RecordIndexRunner recordRunner(int threads) {
    return new RecordIndexRunner(schema, pipeline, new JsonlRecordParser(maxCharsPerDocument),
        threads);
  }

  @Override
  public void close() {
    extractor.close();
  }
}
