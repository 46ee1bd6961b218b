package fr.santekb.indexer.analysis;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one French text normalisation for matching outside the analyzers: enrichment lookups,
 * query parsing, spelling, suggestions and facet-value search all fold with it, and it folds as
 * the analyzers' {@link ASCIIFoldingFilter} does ("é" → "e", "œ" → "oe", "ﬁ" → "fi"). Text is
 * first composed (Unicode NFC), so an accent typed as a combining mark folds like the precomposed
 * letter; a combining mark left over is dropped.
 */
public final class TextKeys {
  /** Code points below this (ASCII, Latin-1, Latin Extended-A and B) fold through a table. */
  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = new String[TABLE_SIZE];

  static {
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      TABLE[cp] = slowFold(cp);
    }
  }

  private TextKeys() {}

  /** Unicode NFC: "sante" + U+0301 becomes "santé". */
  public static String composed(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Accents and ligatures folded to ASCII, case kept: "Œuvre Évry" → "OEuvre Evry". */
  public static String fold(String text) {
    String in = composed(text);
    StringBuilder sb = new StringBuilder(in.length());
    for (int i = 0; i < in.length(); ) {
      int cp = in.codePointAt(i);
      appendFolded(sb, cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Appends the folded form of one code point (nothing for a combining mark). */
  public static void appendFolded(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) cp);
    } else if (cp < TABLE_SIZE) {
      sb.append(TABLE[cp]); // Latin letters, precomputed: enrichment folds every character
    } else {
      sb.append(slowFold(cp));
    }
  }

  private static String slowFold(int cp) {
    if (Character.getType(cp) == Character.NON_SPACING_MARK) {
      return "";
    }
    char[] in = Character.toChars(cp);
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** Lower-cased (Locale.ROOT) and folded: "Œuvre Évry" → "oeuvre evry". */
  public static String foldLower(String text) {
    return fold(text).toLowerCase(Locale.ROOT);
  }

  /**
   * A lookup key: lower-cased, folded, every run of characters other than letters and digits one
   * space, trimmed. "Saint Mitre les Remparts" and "SAINT-MITRE-LES-REMPARTS" give the same key.
   */
  public static String key(String text) {
    String folded = foldLower(text);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
