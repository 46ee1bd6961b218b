package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shares that tell readable text from glyphs without a Unicode map, on both PDF paths. */
class ReadableTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      prose                    | Le contrat local de santé de Sélestat        | 0.81  | 1.0
      figures in a table       | Total 2014 : 12 345 (56 %)                   | 0.25  | 1.0
      pdftotext junk           | #$$ % &' ( ) * $ +# ,+** . /) 0 1) 2223 4 3 | 0.0   | 1.0
      junk with stray capitals | B& B 87 A ?3 &8 @ 4 3 58 7 8                 | 0.0   | 1.0
      PDFBox unmapped glyphs   | \uFFFD\uFFFD\uFFFD a \uFFFD\uFFFD            | 0.0   | 0.17
      nothing visible          | "   "                                        | 1.0   | 1.0
      """)
  void sharesOfWordsAndOfLetters(String kind, String text, double wordShare,
      double letterShare) {
    assertThat(ReadableText.wordShare(text)).isCloseTo(wordShare,
        within(0.01));
    assertThat(ReadableText.letterShare(text)).isCloseTo(letterShare,
        within(0.01));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      prose               | Le contrat local de santé        | true
      a billing form      | Total 2014 : 12 345 (56 %) €     | true
      pdftotext junk      | #$$ % &' ( ) * $ +# ,+** . /) 0  | false
      """)
  void junkMadeOfDigitsAndPunctuationIsBelowTheBar(String kind, String text, boolean readable) {
    assertThat(ReadableText.wordShare(text) >= ReadableText.MIN_WORD_SHARE).isEqualTo(readable);
  }
}
