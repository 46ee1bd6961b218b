package fr.santekb.indexer.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;

/**
 * The French analysis of santekb, built from the files of {@code config/analysis/}: a stemmed
 * chain for body and title, an unstemmed one for exact matching, and the data others reuse.
 *
 * <p>Files: {@code char_mapping.txt} (characters rewritten before tokenising), {@code
 * elisions.txt}, {@code stopwords.txt}, {@code protected_words.txt} (never stemmed), {@code
 * stem_overrides.txt}, {@code acronyms.tsv}, {@code query_stopwords.txt} and {@code phrase_breaks.txt}. Both analyzers are thread-safe and live as long as
 * this object.
 */
public final class FrenchAnalysis {
  private final AnalysisResources resources;
  private final Analyzer text;
  private final Analyzer exact;

  private FrenchAnalysis(AnalysisResources resources) {
    this.resources = resources;
    this.text = new FrenchTextAnalyzer(resources);
    this.exact = new FrenchExactAnalyzer(resources);
  }

  /**
   * Loads and validates every analysis file of {@code analysisDir}.
   *
   * @throws fr.santekb.indexer.config.ConfigException naming the file and line of the first
   *     missing file or malformed line
   */
  public static FrenchAnalysis load(Path analysisDir) {
    return new FrenchAnalysis(AnalysisResources.load(analysisDir));
  }

  /**
   * Body and title: StandardTokenizer, elision, lower case, stop words, accent folding, protected
   * words, stem overrides, FrenchLightStem.
   */
  public Analyzer text() {
    return text;
  }

  /** The exact field, phrases and suggestions: the same chain without stop words or stemming. */
  public Analyzer exact() {
    return exact;
  }

  /**
   * {@code text} with the character mapping of {@code char_mapping.txt} applied, as the analyzers
   * apply it before tokenising: every apostrophe variant becomes {@code '}, soft hyphens vanish.
   */
  public String mapCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (Reader in = new MappingCharFilter(resources.charMap(), new StringReader(text))) {
      char[] buffer = new char[1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out.toString();
  }

  /** True when {@code article} ("l", "qu", "L") is an elided form of {@code elisions.txt}. */
  public boolean isElision(String article) {
    return !article.isEmpty() && resources.elisions().contains(article);
  }

  /**
   * {@code word} without a leading elided article or pronoun from {@code elisions.txt}, with
   * either apostrophe: "l’Hôpital" → "Hôpital", "qu'il" → "il"; other words unchanged.
   */
  public String withoutElision(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return isElision(word.substring(0, i)) ? word.substring(i + 1) : word;
      }
      if (!Character.isLetter(c)) {
        return word;
      }
    }
    return word;
  }

  /**
   * Lower-case, accent-folded words that never constrain a typed query: the stop words and the
   * question and request words of {@code query_stopwords.txt} ("quels", "comment", "liste").
   */
  public Set<String> queryStopWords() {
    return resources.queryStopWords();
  }

  /**
   * Lower-case, accent-folded words a suggested phrase never contains ({@code phrase_breaks.txt}):
   * conjugated verbs and auxiliaries ("doit", "été"), web-address words ("http").
   */
  public Set<String> phraseBreaks() {
    return resources.phraseBreaks();
  }

  /** Lower-case, accent-folded words the stemmer leaves alone (mostly acronyms: "ars", "ccas"). */
  public Set<String> protectedWords() {
    return resources.protectedWords();
  }

  /**
   * Acronym (upper case, e.g. "ARS", "CEGIDD") to its French expansions, main sense first; an
   * ambiguous acronym has several ("agence régionale de santé", "allocation de rentrée scolaire").
   */
  public Map<String, List<String>> acronyms() {
    return resources.acronyms();
  }
}
