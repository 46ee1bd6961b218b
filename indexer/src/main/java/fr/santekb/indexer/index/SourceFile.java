package fr.santekb.indexer.index;

import java.nio.file.Path;

/**
 * A file found under a source folder.
 *
 * @param sourceRoot absolute, normalised source folder
 * @param file absolute path of the file
 * @param relativePath path relative to the source folder, '/'-separated
 */
public record SourceFile(Path sourceRoot, Path file, String relativePath) {}
