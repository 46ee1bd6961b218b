package fr.santekb.api.query;

import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.util.Map;
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
 * Never throws on user input: stray syntax degrades to words, as {@link SimpleQueryParser} does.
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

  public QueryBuilder(Schema schema) {
    this.analyzer = schema.indexAnalyzer();
  }

  /** The query for {@code text}; every document when the text is blank. */
  public Query build(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new FoldingParser(analyzer);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return parser.parse(normaliseOperators(text));
  }

  /** Maps the words OR/OU, AND/ET and NOT/SAUF (upper case, standalone) to |, + and -. */
  static String normaliseOperators(String text) {
    String out = OR_WORD.matcher(text).replaceAll("|");
    out = AND_WORD.matcher(out).replaceAll("+");
    return NOT_WORD.matcher(out).replaceAll("-");
  }

  /** Folds prefixes the way the analyzers fold words, so "Santé*" finds "santé" and "sante". */
  private static final class FoldingParser extends SimpleQueryParser {
    FoldingParser(Analyzer analyzer) {
      super(analyzer, WEIGHTS);
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

    private static Query simplify(BooleanQuery bq) {
      return bq.clauses().size() == 1 ? bq.clauses().get(0).query() : bq;
    }
  }
}
