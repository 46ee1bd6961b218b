package fr.santekb.indexer.index;

import fr.santekb.indexer.enrichment.Enrichment;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.quality.Quality;
import java.nio.file.Path;

/**
 * Everything the index keeps about one file: where it came from, its cleaned text and metadata, and
 * its entities.
 *
 * @param id stable id, see {@link DocumentIds}
 * @param sourceRoot absolute, normalised source folder the file was found under
 * @param relativePath path of the file relative to {@code sourceRoot}, '/'-separated
 * @param fileModifiedMillis the file's modification time when read
 * @param document cleaned text and metadata (title already final)
 * @param enrichment facet values and action record
 * @param quality how well the cleaned text reads
 */
public record IndexableDocument(
    String id,
    Path sourceRoot,
    String relativePath,
    long fileModifiedMillis,
    ExtractedDocument document,
    Enrichment enrichment,
    Quality quality) {}
