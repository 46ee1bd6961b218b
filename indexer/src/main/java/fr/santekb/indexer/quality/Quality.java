package fr.santekb.indexer.quality;

import fr.santekb.indexer.cleaning.Repairs;
import java.util.Locale;

/**
 * How well one document's cleaned text reads.
 *
 * @param score {@link #knownWordShare} × (1 − share of pages without text), in [0, 1]; repairs
 *     do not lower it (the words are counted after them: a repair that failed leaves unknown words)
 * @param knownWordShare known words / (known + unknown words); 0 when the text has no word to count
 * @param knownWords words found in the French word list
 * @param unknownWords words not found (names and acronyms aside, see {@link TextQuality})
 * @param repairs the repairs cleaning made, by kind
 * @param emptyPages pages with almost no text (image-only pages of a scan); 0 for unpaged formats
 * @param pages pages of a paged format (PDF pages, slides), 0 for unpaged formats (DOCX, HTML…)
 */
public record Quality(double score, double knownWordShare, int knownWords, int unknownWords,
    Repairs repairs, int emptyPages, int pages) {

  public Quality {
    if (score < 0 || score > 1 || knownWordShare < 0 || knownWordShare > 1) {
      throw new IllegalArgumentException("score and share lie in [0, 1] (got " + score + ", "
          + knownWordShare + ")");
    }
    if (emptyPages < 0 || emptyPages > pages) {
      throw new IllegalArgumentException("empty pages lie in [0, pages] (got " + emptyPages
          + " of " + pages + ")");
    }
  }

  public QualityLevel level() {
    return QualityLevel.of(score);
  }

  /** Share of the pages without text, 0 for unpaged formats. */
  public double emptyPageShare() {
    return pages == 0 ? 0 : (double) emptyPages / pages;
  }

  /**
   * What lowers the score most, for reports: the pages without text when they cost more than the
   * unknown words, else the unknown words; « none » for a perfect score.
   */
  public String mainCause() {
    if (score >= 1) {
      return "none";
    }
    if (emptyPages > 0 && emptyPageShare() >= 1 - knownWordShare) {
      return String.format(Locale.ROOT, "%d of %d pages without text", emptyPages, pages);
    }
    if (knownWords + unknownWords == 0) {
      return "no word to read";
    }
    return String.format(Locale.ROOT, "%.0f %% of %d words not French", 100 * (1 - knownWordShare),
        knownWords + unknownWords);
  }
}
