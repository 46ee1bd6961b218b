package fr.santekb.indexer.extraction;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a document's title was chosen from besides its file name: the metadata title, the first
 * heading and the cover title (a PDF's cover, a deck's first slide) when it was read. Kept with a cached extraction so that a
 * renamed file gets the title its new name gives (the file name is the last resort, and a metadata
 * title that only repeats the name is passed over) without extracting it again.
 *
 * @param metadataTitle the title in the document's metadata, if any
 * @param firstHeading the first heading of the text, if any
 * @param coverTitle the cover title ({@link #cover}), when {@code coverTitleRead}
 * @param coverTitleRead whether the cover title was looked for (it is only read when needed)
 */
public record TitleClues(Optional<String> metadataTitle, Optional<String> firstHeading,
    Optional<String> coverTitle, boolean coverTitleRead) {

  /**
   * The title of this text under the name of {@code file}, chosen as extraction chooses it. Reads
   * the PDF cover of {@code file} only if the choice needs it and it was not read before.
   */
  public String titleFor(Path file, String format, String text) {
    Supplier<Optional<String>> cover = coverTitleRead ? () -> coverTitle
        : () -> cover(file, format);
    return TitleChooser.choose(metadataTitle.orElse(null), cover, firstHeading, text,
        file.getFileName().toString());
  }

  /**
   * The title the first page gives: a PDF's cover title, a slide deck's first-slide title
   * placeholder; empty for other formats.
   */
  static Optional<String> cover(Path file, String format) {
    return "pdf".equals(format) ? PdfCoverTitle.of(file) : SlideTitle.of(file, format);
  }

  /** A supplier that remembers whether it was called and what it gave. */
  static final class Recorded implements Supplier<Optional<String>> {
    private final Supplier<Optional<String>> source;
    private Optional<String> value;

    Recorded(Supplier<Optional<String>> source) {
      this.source = source;
    }

    @Override
    public Optional<String> get() {
      if (value == null) {
        value = source.get();
      }
      return value;
    }

    /** Clues holding this cover title (read or not) with the other two. */
    TitleClues clues(String metadataTitle, Optional<String> firstHeading) {
      return new TitleClues(Optional.ofNullable(metadataTitle), firstHeading,
          value == null ? Optional.empty() : value, value != null);
    }
  }
}
