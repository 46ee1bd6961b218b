package fr.santekb.api.search;

import fr.santekb.indexer.analysis.TokenLister;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query from the index's own vocabulary (the unstemmed, folded exact field):
 * a word found in no document, or in very few while a close spelling is far more frequent, is
 * replaced by that spelling, written as the corpus usually writes it.
 */
final class SpellingCorrector {
  /** A word this rare may be a typo... */
  static final int RARE_DOCS = 2;
  /** ...when a spelling one or two edits away is this many times more frequent. */
  static final int MORE_FREQUENT_FACTOR = 20;
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}*-])([\\p{L}][\\p{L}\\p{N}'’-]*)(?![\\p{L}\\p{N}*])");
  private static final Pattern ELISION =
      Pattern.compile("^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> OPERATORS = Set.of("OR", "OU", "AND", "ET", "NOT", "SAUF");

  private final Analyzer exact;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingCorrector(Analyzer exact) {
    this.exact = exact;
    checker.setMaxQueryFrequency(RARE_DOCS);
  }

  /** The query with its likely misspellings corrected, or empty when nothing looks misspelt. */
  Optional<String> correct(String query, IndexSnapshot snapshot) throws IOException {
    IndexReader reader = snapshot.getIndexReader();
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group(1);
      String replacement = word;
      if (!OPERATORS.contains(word)) {
        Matcher elision = ELISION.matcher(word);
        String prefix = elision.find() ? elision.group() : "";
        Optional<String> fixed = correctWord(word.substring(prefix.length()), reader, snapshot);
        if (fixed.isPresent()) {
          replacement = prefix + fixed.get();
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private Optional<String> correctWord(String word, IndexReader reader, IndexSnapshot snapshot)
      throws IOException {
    List<String> tokens = TokenLister.tokens(exact, Fields.BODY_EXACT, word);
    if (tokens.size() != 1 || tokens.get(0).length() < checker.getMinQueryLength()) {
      return Optional.empty();
    }
    Term term = new Term(Fields.BODY_EXACT, tokens.get(0));
    int docs = reader.docFreq(term) + reader.docFreq(new Term(Fields.TITLE_EXACT, tokens.get(0)));
    if (docs > RARE_DOCS) {
      return Optional.empty();
    }
    SuggestMode mode = docs == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX
        : SuggestMode.SUGGEST_MORE_POPULAR;
    for (SuggestWord s : checker.suggestSimilar(term, 3, reader, mode)) {
      if (docs == 0 || s.freq >= MORE_FREQUENT_FACTOR * docs) {
        return Optional.of(snapshot.vocabulary().surface(s.string).orElse(s.string));
      }
    }
    return Optional.empty();
  }
}
