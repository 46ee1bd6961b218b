package fr.santekb.indexer.extraction;

import fr.santekb.indexer.analysis.TextKeys;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Text and metadata of one file, as extracted (and later cleaned). Pages hold the text of each PDF
 * page or slide in order; formats without page markers (DOCX, ODT, HTML, TXT) have a single page and
 * {@code paged == false}. Paragraphs inside a page are separated by a blank line.
 *
 * @param path the file on disk
 * @param mediaType detected media type, e.g. {@code application/pdf}
 * @param format short lower-case format id used as a facet value: pdf, docx, doc, odt, rtf, pptx, ppt,
 *     odp, ods, xlsx, xls, html, txt, md
 * @param sizeBytes file size
 * @param contentHash SHA-256 of the file bytes, lower-case hex
 * @param title title from the document metadata, else its first heading, else the file name
 * @param created plausible creation date from the metadata, if any
 * @param modified plausible last-modified date from the metadata, if any
 * @param language detected language of the text (ISO 639-1, e.g. "fr"), if known
 * @param pages text per page or slide, never empty (at least one, possibly blank, element)
 * @param paged whether {@code pages} are real page/slide boundaries
 * @param truncated whether the text was cut at a configured limit
 */
public record ExtractedDocument(
    Path path,
    String mediaType,
    String format,
    long sizeBytes,
    String contentHash,
    String title,
    Optional<LocalDate> created,
    Optional<LocalDate> modified,
    Optional<String> language,
    List<String> pages,
    boolean paged,
    boolean truncated) {

  public ExtractedDocument {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("pages must hold at least one element");
    }
  }

  /** The whole text: pages joined by a blank line. */
  public String text() {
    return String.join("\n\n", pages);
  }

  /** Offsets in {@link #text()} at which pages 1..n start (the first is 0). */
  public int[] pageStarts() {
    return pageStarts(pages);
  }

  /** Offsets at which each page starts in the pages joined as {@link #text()} joins them. */
  public static int[] pageStarts(List<String> pages) {
    int[] starts = new int[pages.size()];
    for (int i = 1; i < pages.size(); i++) {
      starts[i] = starts[i - 1] + pages.get(i - 1).length() + 2; // text() joins with "\n\n"
    }
    return starts;
  }

  /**
   * Whether the title is only the file name made readable (« Plan actions CLS 2019 - 2023 »): the
   * file itself gave no title, so the title says nothing the text says.
   */
  public boolean titleIsFileName() {
    return TextKeys.key(title).equals(TextKeys.key(
        TitleChooser.fromFileName(path.getFileName().toString())));
  }

  /** A copy with other page texts (used by cleaning) and everything else unchanged. */
  public ExtractedDocument withPages(List<String> newPages) {
    return new ExtractedDocument(path, mediaType, format, sizeBytes, contentHash, title, created,
        modified, language, newPages, paged, truncated);
  }

  /** A copy with another title. */
  public ExtractedDocument withTitle(String newTitle) {
    return new ExtractedDocument(path, mediaType, format, sizeBytes, contentHash, newTitle, created,
        modified, language, pages, paged, truncated);
  }
}
