package fr.santekb.indexer.extraction;

/**
 * Tells whether extracted text can be indexed: it must have letters, and not be mostly glyphs
 * without a Unicode mapping (PDF fonts lacking a ToUnicode table come out as U+FFFD and control
 * characters, which are noise in an index and need OCR instead).
 */
final class ReadableText {
  /** Below this share of letters among letters and unmapped glyphs, the text is unreadable. */
  static final double MIN_LETTER_SHARE = 0.5;

  private ReadableText() {}

  static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** Share of letters among letters and unmapped glyphs; 1 when there is neither. */
  static double letterShare(String text) {
    long letters = 0;
    long unmapped = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
      } else if (isUnmapped(c)) {
        unmapped++;
      }
    }
    return letters + unmapped == 0 ? 1 : (double) letters / (letters + unmapped);
  }

  private static boolean isUnmapped(int c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return c == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED || type == Character.SURROGATE;
  }
}
