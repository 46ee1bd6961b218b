package fr.santekb.indexer.extraction;

/**
 * Tells whether extracted text can be indexed: it must have letters, and not be mostly glyphs
 * without a Unicode mapping. PDF fonts lacking a ToUnicode table come out as U+FFFD and control
 * characters through PDFBox, and as digits, punctuation and stray capitals through pdftotext
 * (« #$$ % &' ( ) * $ +# »): both are noise in an index and need OCR instead.
 */
final class ReadableText {
  /** Below this share of letters among letters and unmapped glyphs, the text is unreadable. */
  static final double MIN_LETTER_SHARE = 0.5;
  /**
   * Below this share of characters in words, a PDF's text is unreadable. Over the PDFs of the
   * shared corpus the lowest share of a readable one is 0.29 (a billing form, mostly figures); the
   * one PDF whose fonts have no Unicode map gives 0.00 through pdftotext.
   */
  static final double MIN_WORD_SHARE = 0.1;

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

  /**
   * Share of the non-space characters that are letters in runs of three letters or more (words);
   * 1 when there is no such character. Glyphs mapped to the wrong codes give digits, punctuation
   * and letters one or two at a time.
   */
  static double wordShare(String text) {
    long visible = 0;
    long inWords = 0;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        run++;
      } else {
        inWords += run >= 3 ? run : 0;
        run = 0;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        visible++;
      }
    }
    inWords += run >= 3 ? run : 0;
    return visible == 0 ? 1 : (double) inWords / visible;
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
