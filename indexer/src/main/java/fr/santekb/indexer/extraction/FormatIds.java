package fr.santekb.indexer.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a detected media type to the short format id santekb indexes (pdf, docx…). A type without
 * an id is not indexed. Generic container types (zip, OLE, octet-stream) fall back on the file
 * extension, so a damaged .docx is still treated as a docx and reported as failed, not ignored.
 */
final class FormatIds {
  private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "docx"),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/vnd.oasis.opendocument.text-template", "odt"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "pptx"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow", "pptx"),
      Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", "pptx"),
      Map.entry("application/vnd.ms-powerpoint", "ppt"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
      Map.entry("application/vnd.oasis.opendocument.presentation-template", "odp"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet-template", "ods"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "xlsx"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("text/plain", "txt"),
      Map.entry("text/x-web-markdown", "md"),
      Map.entry("text/markdown", "md"),
      Map.entry("text/x-markdown", "md"));

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", "pdf"), Map.entry("docx", "docx"), Map.entry("doc", "doc"),
      Map.entry("odt", "odt"), Map.entry("rtf", "rtf"), Map.entry("pptx", "pptx"),
      Map.entry("ppt", "ppt"), Map.entry("odp", "odp"), Map.entry("ods", "ods"),
      Map.entry("xlsx", "xlsx"), Map.entry("xls", "xls"), Map.entry("html", "html"),
      Map.entry("htm", "html"), Map.entry("txt", "txt"), Map.entry("md", "md"),
      Map.entry("markdown", "md"));

  /** Types that say "some container" rather than a format: the extension decides. */
  private static final Set<String> GENERIC = Set.of("application/octet-stream", "application/zip",
      "application/x-tika-ooxml", "application/x-tika-ooxml-protected",
      "application/x-tika-msoffice", "application/x-ole-storage");

  private FormatIds() {}

  /**
   * The format id for a base media type (no parameters) and file name, or empty when santekb does
   * not index it.
   */
  static Optional<String> of(String baseMediaType, String fileName) {
    String type = baseMediaType.toLowerCase(Locale.ROOT);
    String extension = extension(fileName);
    if (GENERIC.contains(type)) {
      return Optional.ofNullable(BY_EXTENSION.get(extension));
    }
    String id = BY_MEDIA_TYPE.get(type);
    if ("txt".equals(id) && "md".equals(BY_EXTENSION.get(extension))) {
      return Optional.of("md");
    }
    return Optional.ofNullable(id);
  }

  /** Whether files with this extension (lower case, no dot) are of an indexed format. */
  static boolean isIndexedExtension(String extension) {
    return BY_EXTENSION.containsKey(extension);
  }

  /** Lower-case text after the last dot, or "" when there is none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
