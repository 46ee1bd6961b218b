package fr.santekb.indexer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lists the tokens an analyzer produces for a text, for tests and {@code santekb analyze}. */
public final class TokenLister {
  private TokenLister() {}

  /** The terms of {@code text} analysed as {@code field}, in order; removed stop words leave none. */
  public static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Reading from a String cannot fail; an analysis component failing is a programming error.
      throw new UncheckedIOException("analysis of field " + field + " failed", e);
    }
    return tokens;
  }
}
