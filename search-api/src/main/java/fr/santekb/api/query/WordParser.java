package fr.santekb.api.query;

import static fr.santekb.api.query.QueryBuilder.FUZZY_EXPANSIONS;
import static fr.santekb.api.query.QueryBuilder.FUZZY_MIN_LENGTH;
import static fr.santekb.api.query.QueryBuilder.MAX_EDITS;
import static fr.santekb.api.query.QueryBuilder.MAX_EXPANDING_WORDS;
import static fr.santekb.api.query.QueryBuilder.MAX_PREFIX_TERMS;
import static fr.santekb.api.query.QueryBuilder.MAX_SLOP;
import static fr.santekb.api.query.QueryBuilder.WEIGHTS;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.analysis.TokenLister;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Parses one unit of the query with {@link SimpleQueryParser}'s syntax over the weighted fields of
 * {@link QueryBuilder#WEIGHTS}: words minus stop words, fuzzy matching for a word found in no
 * document, folded prefixes, bounded slops. A parser is made for one parse of a query and counts
 * its expansions: at most {@link QueryBuilder#MAX_EXPANDING_WORDS} words with {@code ~} or
 * {@code *} (more typed ones are refused) or matched fuzzily (more are matched exactly).
 */
final class WordParser extends SimpleQueryParser {
  private final FrenchAnalysis analysis;
  private final Analyzer analyzer;
  private final EquivalentsRewriter equivalents;
  private final IndexReader reader;
  private final boolean dropStopWords;
  private int expanding;

  /** A parser over {@code reader}; question and function words dropped when asked. */
  WordParser(FrenchAnalysis analysis, Analyzer analyzer, EquivalentsRewriter equivalents,
      IndexReader reader, boolean dropStopWords) {
    super(analyzer, WEIGHTS);
    this.analysis = analysis;
    this.analyzer = analyzer;
    this.equivalents = equivalents;
    this.reader = reader;
    this.dropStopWords = dropStopWords;
  }

  @Override
  protected Query newDefaultQuery(String text) {
    if (dropStopWords && QueryText.isStopWord(text, analysis)) {
      return null;
    }
    Query word = super.newDefaultQuery(text);
    if (word == null || equivalents.expansion(text).isPresent()) {
      return word;
    }
    List<String> exact = TokenLister.tokens(analyzer, Fields.BODY_EXACT, text);
    if (exact.size() != 1 || exact.get(0).length() < FUZZY_MIN_LENGTH || known(exact.get(0))) {
      return word;
    }
    return fuzzy(exact.get(0), word);
  }

  /**
   * {@code word~N}: at most {@link #MAX_EDITS} edits (more is refused by Lucene's automata and
   * matches noise), the first letter kept, {@link #FUZZY_EXPANSIONS} spellings at most, on the
   * unstemmed fields only (a stem is not a spelling).
   */
  @Override
  protected Query newFuzzyQuery(String text, int fuzziness) {
    List<String> exact = TokenLister.tokens(analyzer, Fields.BODY_EXACT, text);
    if (exact.size() != 1) {
      return newDefaultQuery(text);
    }
    countTypedExpansion();
    return fuzzyQuery(exact.get(0), fuzziness);
  }

  private Query fuzzyQuery(String token, int fuzziness) {
    int edits = Math.max(0, Math.min(fuzziness, MAX_EDITS));
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    bq.add(new FuzzyQuery(new Term(Fields.BODY_EXACT, token), edits, 1,
        FUZZY_EXPANSIONS, true), BooleanClause.Occur.SHOULD);
    bq.add(new BoostQuery(new FuzzyQuery(new Term(Fields.TITLE_EXACT, token), edits, 1,
        FUZZY_EXPANSIONS, true), 2f), BooleanClause.Occur.SHOULD);
    return bq.build();
  }

  /** {@code "phrase"~N}: words up to {@link #MAX_SLOP} positions apart. */
  @Override
  protected Query newPhraseQuery(String text, int slop) {
    return super.newPhraseQuery(text, Math.min(slop, MAX_SLOP));
  }

  @Override
  protected Query newPrefixQuery(String text) {
    String folded = TextKeys.foldLower(analysis.withoutElision(text));
    if (folded.isEmpty()) {
      return null;
    }
    countTypedExpansion();
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> e : WEIGHTS.entrySet()) {
      if (prefixTerms(e.getKey(), folded) > MAX_PREFIX_TERMS) {
        throw new InvalidParameterException("q", "q: \"" + ParamReader.abbreviate(text)
            + "*\" matches more than " + MAX_PREFIX_TERMS + " words; type more letters");
      }
      Query q = new PrefixQuery(new Term(e.getKey(), folded));
      bq.add(e.getValue() == 1f ? q : new BoostQuery(q, e.getValue()),
          BooleanClause.Occur.SHOULD);
    }
    return simplify(bq.build());
  }

  /** Whether the index has {@code token}: in a text, or as (part of) a recognised name. */
  private boolean known(String token) {
    try {
      return reader.docFreq(new Term(Fields.BODY_EXACT, token)) > 0
          || reader.docFreq(new Term(Fields.TITLE_EXACT, token)) > 0
          || TokenLister.tokens(analyzer, Fields.ENTITIES, token).stream().anyMatch(t ->
              docFreq(Fields.ENTITIES, t) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An unknown word matched fuzzily while the query has room, else exactly. */
  private Query fuzzy(String token, Query word) {
    if (expanding >= MAX_EXPANDING_WORDS) {
      return word;
    }
    expanding++;
    return fuzzyQuery(token, token.length() >= 8 ? 2 : 1);
  }

  /** Counts a typed {@code ~} or {@code *} word, refusing one too many. */
  private void countTypedExpansion() {
    if (++expanding > MAX_EXPANDING_WORDS) {
      throw new InvalidParameterException("q", "q may hold at most " + MAX_EXPANDING_WORDS
          + " words with ~ or * (each matches many spellings or words)");
    }
  }

  /** Words of {@code field} starting with {@code prefix}, counted up to one over the cap. */
  private int prefixTerms(String field, String prefix) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return 0;
      }
      BytesRef start = new BytesRef(prefix);
      TermsEnum te = terms.iterator();
      int n = 0;
      if (te.seekCeil(start) != TermsEnum.SeekStatus.END) {
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start)
            && n <= MAX_PREFIX_TERMS; t = te.next()) {
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
