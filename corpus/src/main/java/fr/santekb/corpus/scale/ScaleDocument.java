package fr.santekb.corpus.scale;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import java.util.List;
import java.util.Optional;

/**
 * One generated document: what it is about (the truth a test can check the index against), its
 * content and format, and for some documents curated metadata.
 *
 * @param id unique in a corpus, also the file name's stem
 * @param kind contract, fiche action or report
 * @param format the format it is written in
 * @param year the year it is about
 * @param commune the commune it is about
 * @param themes theme ids
 * @param dispositif dispositif id
 * @param partners partner names
 * @param content title, author, date and pages
 * @param sidecar curated metadata for about one document in ten
 */
public record ScaleDocument(String id, Kind kind, SampleFormat format, int year, String commune,
    List<String> themes, String dispositif, List<String> partners, SampleDocument content,
    Optional<Sidecar> sidecar) {

  /** The kinds of document, with the word their file names start with. */
  public enum Kind {
    CONTRACT("contrat"), FICHE_ACTION("fiche-action"), REPORT("rapport");

    private final String slug;

    Kind(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }
  }

  /** The file name: {@code <id>.<extension>}. */
  public String fileName() {
    return id + "." + format.extension();
  }

  /** The pages as plain text, each its heading then its paragraphs, blank lines between. */
  public List<String> pageTexts() {
    return content.pages().stream()
        .map(p -> p.heading() + "\n\n" + String.join("\n\n", p.paragraphs()))
        .toList();
  }
}
