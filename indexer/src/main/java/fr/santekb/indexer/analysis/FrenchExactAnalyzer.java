package fr.santekb.indexer.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The unstemmed French chain, with no stop words, for the exact field, phrases and suggestions:
 * "Contrats Locaux de Santé" → [contrats, locaux, de, sante].
 */
final class FrenchExactAnalyzer extends FrenchChainAnalyzer {

  FrenchExactAnalyzer(AnalysisResources resources) {
    super(resources);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = foldedWords(source);
    return new TokenStreamComponents(source, result);
  }
}
