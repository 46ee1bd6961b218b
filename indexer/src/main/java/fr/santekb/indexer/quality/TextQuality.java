package fr.santekb.indexer.quality;

import fr.santekb.indexer.cleaning.Repairs;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how well a document's cleaned text reads (see {@link Quality}):
 *
 * <pre>score = known / (known + unknown) × (1 − empty pages / pages)</pre>
 *
 * <p>Words are runs of letters, maybe joined by apostrophes or hyphens (« l’accès »,
 * « médico-social »), of two letters or more. A word is known when the French word list has it
 * (see {@link KnownWords}). An unknown word starting with a capital is a name or an acronym
 * (« Martigues », « ARS ») and counts neither way, unless it holds a letter French does not write
 * (« SantÃ », « Lõexp »): mojibake is never a name. A page is empty when it has fewer than
 * {@value #MIN_PAGE_LETTERS} letters. Web and e-mail addresses are not text: their parts are not
 * counted (« www », « gouv »). Repairs are reported beside the score, not in it: the words are
 * counted after the repairs, so a repair that failed already costs its unknown words. Thread-safe.
 */
public final class TextQuality {
  /** Fewer letters than this on a page: the page has no text (an image-only page of a scan). */
  static final int MIN_PAGE_LETTERS = 10;
  /** Web addresses, e-mail addresses and file or domain names (« sante.gouv.fr », « plan.pdf »). */
  private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+"
      + "|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
      + "|(?<![\\w.-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:fr|com|org|net|eu|gouv|html?|pdf|docx?|xlsx?|odt)\\b",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");
  /** The letters of French words and names, in both cases. */
  private static final Pattern FRENCH_LETTERS =
      Pattern.compile("[a-zA-ZàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ'’\\-]+");

  private final KnownWords words;

  public TextQuality(KnownWords words) {
    this.words = words;
  }

  /**
   * The quality of a cleaned document.
   *
   * @param pages the cleaned page texts
   * @param paged whether the pages are real pages or slides (else one page holds the whole text)
   * @param repairs what cleaning repaired
   */
  public Quality measure(List<String> pages, boolean paged, Repairs repairs) {
    int known = 0;
    int unknown = 0;
    int empty = 0;
    for (String page : pages) {
      int letters = 0;
      Matcher m = WORD.matcher(ADDRESS.matcher(page).replaceAll(" "));
      while (m.find()) {
        String word = m.group();
        letters += m.end() - m.start();
        if (word.length() < 2) {
          continue;
        }
        if (words.isKnown(word)) {
          known++;
        } else if (!isName(word)) {
          unknown++;
        }
      }
      empty += letters < MIN_PAGE_LETTERS ? 1 : 0;
    }
    int counted = known + unknown;
    double knownShare = counted == 0 ? 0 : (double) known / counted;
    int pageCount = paged ? pages.size() : 0;
    int emptyPages = paged ? empty : 0;
    double filled = pageCount == 0 ? 1 : 1 - (double) emptyPages / pageCount;
    return new Quality(knownShare * filled, knownShare, known, unknown, repairs, emptyPages,
        pageCount);
  }

  /**
   * A capitalised word written with French letters only, maybe after an elided word (« d’AVC »):
   * a name or an acronym.
   */
  public static boolean isName(String word) {
    String name = KnownWords.withoutElision(word);
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0))
        && FRENCH_LETTERS.matcher(name).matches();
  }
}
