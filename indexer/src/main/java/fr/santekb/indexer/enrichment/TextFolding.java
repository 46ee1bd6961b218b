package fr.santekb.indexer.enrichment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent folding for matching: "é" → "e", "œ" → "oe", "Î" → "I", case kept; and lookup keys that
 * also ignore case, hyphens, apostrophes and spacing ("Saint Mitre les Remparts" and
 * "Saint-Mitre-les-Remparts" give the same key).
 */
final class TextFolding {
  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = new String[TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      TABLE[c] = slowFold(String.valueOf(c));
    }
  }

  private TextFolding() {}

  /** The text with accents and ligatures folded, case kept. */
  static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      appendFolded(sb, cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Appends the folded form of one code point (nothing for a combining mark). */
  static void appendFolded(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) cp);
    } else if (cp < TABLE_SIZE) {
      sb.append(TABLE[cp]);
    } else {
      sb.append(slowFold(Character.toString(cp)));
    }
  }

  /** Folded, lower-case, with every run of non-alphanumeric characters turned into one space. */
  static String key(String text) {
    String folded = fold(text).toLowerCase(Locale.ROOT);
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

  private static String slowFold(String s) {
    String special = switch (s) {
      case "œ" -> "oe";
      case "Œ" -> "OE";
      case "æ" -> "ae";
      case "Æ" -> "AE";
      case "ß" -> "ss";
      case "ø" -> "o";
      case "Ø" -> "O";
      case "đ" -> "d";
      case "Đ" -> "D";
      case "ł" -> "l";
      case "Ł" -> "L";
      default -> null;
    };
    if (special != null) {
      return special;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
