package fr.santekb.indexer.analysis;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The stemmed French chain for body and title: "L’Agence régionale" → [agenc, regional]. */
final class FrenchTextAnalyzer extends FrenchChainAnalyzer {
  /**
   * FrenchLightStemmer turns "-ère" into "-er" only while the accent is there, so folding first
   * would part "infirmière" from "infirmier". This puts the rule back on folded feminines in
   * "-ière"/"-gère" (stem of 3+ letters): hospitalière, transfrontalière, première, étrangère.
   */
  static final Pattern FOLDED_FEMININE_ER = Pattern.compile("^(\\p{L}{3,}[ig])eres?$");

  FrenchTextAnalyzer(AnalysisResources resources) {
    super(resources);
  }

  // Order matters: accent folding runs BEFORE stop words and stemming, so that "sœur" and "soeur",
  // "santé" and "sante", "était" and "etait" reach them identical: a query typed without accents
  // gives the tokens of the accented text. Protected words and overrides set the keyword flag,
  // which the stemmer respects.
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = foldedWords(source);
    result = new StopFilter(result, resources.stopWords());
    result = new PatternReplaceFilter(result, FOLDED_FEMININE_ER, "$1er", false);
    result = new SetKeywordMarkerFilter(result, resources.protectedWordSet());
    result = new StemmerOverrideFilter(result, resources.stemOverrides());
    result = new FrenchLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }
}
