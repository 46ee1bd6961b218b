package fr.santekb.api.query;

import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Turns the user's query text into a Lucene query over title (boosted), body and the unstemmed
 * exact fields. Syntax: words (all required), "phrases", -exclusion, OR (or |), prefix*, parentheses.
 * Never throws on user input: stray syntax degrades to words, as {@link SimpleQueryParser} does. A
 * known acronym typed in capitals (or listed as a protected word) also matches its expansion: "ARS"
 * finds "agence régionale de santé". Only the first, health, sense of an ambiguous acronym is used.
 */
public final class QueryBuilder {
  /** Field weights: a word in the title counts more than in the body; exact forms add a little. */
  static final Map<String, Float> WEIGHTS = Map.of(
      Fields.TITLE, 2.0f,
      Fields.TITLE_EXACT, 1.0f,
      Fields.BODY, 1.0f,
      Fields.BODY_EXACT, 0.5f);
  private static final Pattern OR_WORD = Pattern.compile("(?<=^|\\s)(?:OR|OU)(?=\\s|$)");
  private static final Pattern AND_WORD = Pattern.compile("(?<=^|\\s)(?:AND|ET)(?=\\s|$)");
  private static final Pattern NOT_WORD = Pattern.compile("(?<=^|\\s)(?:NOT|SAUF)\\s+");

  private final Analyzer analyzer;
  private final Map<String, List<String>> acronyms;
  private final Set<String> protectedWords;

  public QueryBuilder(Schema schema) {
    this.analyzer = schema.indexAnalyzer();
    this.acronyms = schema.analysis().acronyms();
    this.protectedWords = schema.analysis().protectedWords();
  }

  /** The query for {@code text}; every document when the text is blank. */
  public Query build(String text) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    SimpleQueryParser parser = new FoldingParser(analyzer, this::expansion);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return parser.parse(normaliseOperators(text));
  }

  /** The expansion of {@code word} when it is a known acronym, else empty. */
  Optional<String> expansion(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    List<String> senses = acronyms.get(upper);
    if (senses == null || senses.isEmpty() || word.length() < 2) {
      return Optional.empty();
    }
    boolean typedAsAcronym = word.equals(upper) || protectedWords.contains(Folding.fold(word));
    return typedAsAcronym ? Optional.of(senses.get(0)) : Optional.empty();
  }

  /** Maps the words OR/OU, AND/ET and NOT/SAUF (upper case, standalone) to |, + and -. */
  static String normaliseOperators(String text) {
    String out = OR_WORD.matcher(text).replaceAll("|");
    out = AND_WORD.matcher(out).replaceAll("+");
    return NOT_WORD.matcher(out).replaceAll("-");
  }

  /** Folds prefixes the way the analyzers fold words, so "Santé*" finds "santé" and "sante". */
  private static final class FoldingParser extends SimpleQueryParser {
    private final Function<String, Optional<String>> expansions;

    FoldingParser(Analyzer analyzer, Function<String, Optional<String>> expansions) {
      super(analyzer, WEIGHTS);
      this.expansions = expansions;
    }

    /** A word, or the word OR its expansion when it is an acronym. */
    @Override
    protected Query newDefaultQuery(String text) {
      Query word = super.newDefaultQuery(text);
      Optional<String> expansion = expansions.apply(text);
      if (word == null || expansion.isEmpty()) {
        return word;
      }
      Query phrase = newPhraseQuery(expansion.get(), 0);
      if (phrase == null) {
        return word;
      }
      return new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD)
          .add(phrase, BooleanClause.Occur.SHOULD).build();
    }

    @Override
    protected Query newPrefixQuery(String text) {
      String folded = Folding.foldWord(text);
      if (folded.isEmpty()) {
        return null;
      }
      BooleanQuery.Builder bq = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> e : WEIGHTS.entrySet()) {
        Query q = new PrefixQuery(new Term(e.getKey(), folded));
        bq.add(e.getValue() == 1f ? q : new BoostQuery(q, e.getValue()),
            BooleanClause.Occur.SHOULD);
      }
      return simplify(bq.build());
    }
  }
}
