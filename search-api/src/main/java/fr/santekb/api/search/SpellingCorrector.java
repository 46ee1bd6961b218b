package fr.santekb.api.search;

import fr.santekb.api.query.QueryText;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TokenLister;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query from the index's own vocabulary (the unstemmed, folded exact field):
 * a word found in no document, or in very few while a close spelling is far more frequent, is
 * replaced by that spelling, written as the corpus usually writes it. A word is left alone when it
 * is a known acronym or protected word ("CPAM"), a question or function word ("quels"), or when another form of it is common (its stem
 * is in more than a few documents: "âgée", "étudiante"). Among close spellings, the one found next
 * to the query's other words wins ("plan blan" → "plan blanc", not the more frequent "bilan").
 */
final class SpellingCorrector {
  /** A word this rare may be a typo... */
  static final int RARE_DOCS = 2;
  /** ...when a spelling one or two edits away is this many times more frequent. */
  static final int MORE_FREQUENT_FACTOR = 20;
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}*-])([\\p{L}][\\p{L}\\p{N}'’-]*)(?![\\p{L}\\p{N}*])");
  /** Close spellings weighed for each misspelt word. */
  static final int CANDIDATES = 5;

  private final FrenchAnalysis analysis;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingCorrector(FrenchAnalysis analysis) {
    this.analysis = analysis;
    checker.setMaxQueryFrequency(RARE_DOCS);
  }

  /** The query with its likely misspellings corrected, or empty when nothing looks misspelt. */
  Optional<String> correct(String query, IndexSnapshot snapshot) throws IOException {
    IndexReader reader = snapshot.getIndexReader();
    Matcher m = WORD.matcher(query);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group(1));
    }
    m.reset();
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    int i = 0;
    while (m.find()) {
      String word = m.group(1);
      String replacement = word;
      if (!QueryText.OPERATOR_WORDS.contains(word)) {
        String bare = analysis.withoutElision(word);
        String prefix = word.substring(0, word.length() - bare.length());
        Optional<String> fixed = correctWord(bare, neighbours(words, i), reader, snapshot);
        if (fixed.isPresent()) {
          replacement = prefix + fixed.get();
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      i++;
    }
    m.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static List<String> neighbours(List<String> words, int i) {
    List<String> out = new ArrayList<>(2);
    if (i > 0) {
      out.add(words.get(i - 1));
    }
    if (i + 1 < words.size()) {
      out.add(words.get(i + 1));
    }
    return out;
  }

  private Optional<String> correctWord(String word, List<String> neighbours, IndexReader reader,
      IndexSnapshot snapshot) throws IOException {
    List<String> tokens = TokenLister.tokens(analysis.exact(), Fields.BODY_EXACT, word);
    if (tokens.size() != 1 || tokens.get(0).length() < checker.getMinQueryLength()
        || analysis.protectedWords().contains(tokens.get(0))
        || analysis.queryStopWords().contains(tokens.get(0))) {
      return Optional.empty();
    }
    Term term = new Term(Fields.BODY_EXACT, tokens.get(0));
    int docs = reader.docFreq(term) + reader.docFreq(new Term(Fields.TITLE_EXACT, tokens.get(0)));
    if (docs > RARE_DOCS || commonStem(word, reader)) {
      return Optional.empty();
    }
    SuggestMode mode = docs == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX
        : SuggestMode.SUGGEST_MORE_POPULAR;
    SuggestWord best = null;
    long bestTogether = -1;
    for (SuggestWord s : checker.suggestSimilar(term, CANDIDATES, reader, mode)) {
      if (docs > 0 && s.freq < MORE_FREQUENT_FACTOR * docs) {
        continue;
      }
      long together = together(s.string, neighbours, snapshot);
      if (together > bestTogether) { // suggestions come best first: ties keep the earlier one
        best = s;
        bestTogether = together;
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(snapshot.vocabulary().surface(best.string).orElse(best.string));
  }

  /** True when the word's stem is in more than a few documents: another form of it is common. */
  private boolean commonStem(String word, IndexReader reader) throws IOException {
    List<String> stems = TokenLister.tokens(analysis.text(), Fields.BODY, word);
    return stems.size() == 1 && reader.docFreq(new Term(Fields.BODY, stems.get(0))) > RARE_DOCS;
  }

  /** Documents where {@code candidate} stands right next to one of the query's other words. */
  private long together(String candidate, List<String> neighbours, IndexSnapshot snapshot)
      throws IOException {
    long count = 0;
    for (String n : neighbours) {
      List<String> t = TokenLister.tokens(analysis.exact(), Fields.BODY_EXACT, n);
      if (t.size() == 1) {
        count += snapshot.count(new PhraseQuery(2, Fields.BODY_EXACT, t.get(0), candidate))
            + snapshot.count(new PhraseQuery(2, Fields.BODY_EXACT, candidate, t.get(0)));
      }
    }
    return count;
  }
}
