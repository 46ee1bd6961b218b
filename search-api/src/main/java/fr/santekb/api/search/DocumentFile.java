package fr.santekb.api.search;

import java.nio.file.Path;

/**
 * An original file that may be served: it exists, is a regular file, and lies inside the source
 * folder its document was indexed from.
 *
 * @param file real path of the file
 * @param mediaType media type detected when it was indexed, with the charset of a text file
 * @param fileName the file's name, for the download
 */
public record DocumentFile(Path file, String mediaType, String fileName) {}
