package fr.santekb.indexer.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to write in some format, for the demo corpus and test fixtures. Each page becomes a PDF
 * page or a slide in paged formats; in flowing formats (DOCX, ODT, HTML, TXT…) pages follow each
 * other, each starting with its heading.
 *
 * @param title document title, written to the format's metadata where it has one
 * @param author author metadata
 * @param created creation date metadata
 * @param pages at least one page
 */
public record SampleDocument(String title, String author, LocalDate created, List<Page> pages) {

  public SampleDocument {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a sample document needs at least one page");
    }
  }

  /** One page or slide: a heading, then paragraphs. */
  public record Page(String heading, List<String> paragraphs) {
    public Page {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
