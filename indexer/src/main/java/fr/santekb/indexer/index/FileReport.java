package fr.santekb.indexer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.santekb.indexer.extraction.Outcome;

/**
 * One line of the run report: what happened to one file.
 *
 * @param source the source folder
 * @param path the file relative to its source folder
 * @param id the document id
 * @param outcome what happened
 * @param format detected format id, or empty when unknown
 * @param message why, for anything but a clean INDEXED or UNCHANGED; may be empty
 * @param millis time spent on the file
 * @param textFrom where its text came from: extracted by Tika in this run, reused from the
 *     extraction cache, or not read ({@link TextOrigin#NONE}: unchanged, refused, removed)
 * @param quality the text quality of a document written in this run; null (and absent from the
 *     JSON) for any other file
 */
public record FileReport(
    String source, String path, String id, Outcome outcome, String format, String message,
    long millis, TextOrigin textFrom, @JsonInclude(JsonInclude.Include.NON_NULL)
    QualityNote quality) {

  /** The report of a file no document was written for: it has no quality. */
  public FileReport(String source, String path, String id, Outcome outcome, String format,
      String message, long millis, TextOrigin textFrom) {
    this(source, path, id, outcome, format, message, millis, textFrom, null);
  }
}
