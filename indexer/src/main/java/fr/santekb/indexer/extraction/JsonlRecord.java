package fr.santekb.indexer.extraction;

/**
 * One line of a JSONL file, parsed: the record's own id, its text and metadata as if extracted from
 * a file, and its curated metadata.
 *
 * @param recordId the record's {@code id}, unique in its file
 * @param document text (one page per form feed) and metadata
 * @param sidecar the record's {@code meta} object, with its {@code year} when meta gives none
 */
public record JsonlRecord(String recordId, ExtractedDocument document, Sidecar sidecar) {}
