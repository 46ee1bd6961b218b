package fr.santekb.indexer.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * What both French chains share: the character mapping applied before tokenising (apostrophe
 * variants, soft hyphens) and the normalisation of query terms that are not tokenised (wildcard,
 * prefix and fuzzy terms), which must fold the same way as indexed tokens.
 */
abstract class FrenchChainAnalyzer extends Analyzer {
  protected final AnalysisResources resources;

  FrenchChainAnalyzer(AnalysisResources resources) {
    this.resources = resources;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(resources.charMap(), reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(resources.charMap(), reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return foldedWords(in);
  }

  /** The head both chains and query-term normalisation share: elision, lower case, folding. */
  protected final TokenStream foldedWords(TokenStream in) {
    TokenStream result = new ElisionFilter(in, resources.elisions());
    result = new LowerCaseFilter(result);
    return new ASCIIFoldingFilter(result);
  }
}
