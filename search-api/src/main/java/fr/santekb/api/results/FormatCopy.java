package fr.santekb.api.results;

/**
 * One copy of a hit's content in a given format.
 *
 * @param format label of the file format ("PDF", "DOCX")
 * @param path file path relative to the source folder it was indexed from
 * @param id document id of that copy (its file: {@code /api/documents/{id}/file})
 */
public record FormatCopy(String format, String path, String id) {}
