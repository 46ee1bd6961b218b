package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.Extraction;
import java.nio.file.Path;

/**
 * Extracts one file: text and metadata, or a classified refusal; never throws for a bad file (see
 * {@link fr.santekb.indexer.extraction.TikaExtractor#extract}). Thread-safe.
 */
@FunctionalInterface
public interface FileExtractor {
  Extraction extract(Path file);
}
