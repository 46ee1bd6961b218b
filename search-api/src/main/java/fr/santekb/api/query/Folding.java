package fr.santekb.api.query;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Case and accent folding for matching typed prefixes against labels and terms: "Évry" and "evry"
 * fold alike, "Œuvre" becomes "oeuvre".
 */
public final class Folding {
  private static final Pattern ELISION =
      Pattern.compile("^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’]+");

  private Folding() {}

  /** Lower-cased (Locale.ROOT), accents and ligatures folded to ASCII. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /**
   * {@link #fold}, with hyphens, apostrophes and runs of spaces as one space: "Bouches du Rhône"
   * and "Bouches-du-Rhône" fold alike.
   */
  public static String foldSpaced(String text) {
    return SEPARATORS.matcher(fold(text)).replaceAll(" ").strip();
  }

  /** {@link #fold} after removing a leading French elision ("l’", "qu'"...). */
  public static String foldWord(String word) {
    return fold(ELISION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst(""));
  }
}
