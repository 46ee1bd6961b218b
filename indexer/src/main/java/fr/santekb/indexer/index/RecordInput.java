package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Sidecar;
import java.nio.file.Path;

/**
 * A document whose text was extracted elsewhere (one JSONL record), ready for the pipeline's steps
 * after extraction.
 *
 * @param id stable document id
 * @param sourceRoot the JSONL file, absolute and normalised (stands where a source folder would)
 * @param relativePath the record's own id, shown where a file's path would be
 * @param modifiedMillis the JSONL file's modification time
 * @param extracted the record's text and metadata
 * @param sidecar the record's curated metadata, {@link Sidecar#none()} when it has none
 */
public record RecordInput(String id, Path sourceRoot, String relativePath, long modifiedMillis,
    ExtractedDocument extracted, Sidecar sidecar) {}
