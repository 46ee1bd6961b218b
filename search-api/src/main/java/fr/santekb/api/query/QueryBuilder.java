package fr.santekb.api.query;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Region;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns the user's query text into a Lucene query over title (boosted), body and the unstemmed
 * exact fields.
 *
 * <p>Semantics: not every word is required. Question and function words ("quels", "comment",
 * "de") are dropped; a document with any remaining word matches, and one with enough of them (a
 * share that grows with the query's length, {@link #required}) scores double, so documents with
 * all the words, and with them close together or as a phrase, rank first while a document with
 * four of five words still comes back.
 * Syntax: "phrases" (required), -exclusion, OR/OU or |, AND/ET or +, prefix*, parentheses; with an
 * explicit OR or AND the words combine as written. Acronyms and expansions match each other, and
 * so do a région's names ({@link EquivalentsRewriter}). A word found nowhere in the index is
 * matched fuzzily (one edit, two for long words). Stray syntax degrades to words, as {@link SimpleQueryParser} does; the only
 * refusal ({@link InvalidParameterException} on {@code q}) is a query that would expand too far:
 * more than {@link #MAX_EXPANDING_WORDS} words with {@code ~} or {@code *}, or a prefix matching
 * more than {@link #MAX_PREFIX_TERMS} words. Expansions are thus bounded before any is computed:
 * a fuzzy word tries {@link #FUZZY_EXPANSIONS} spellings per field, a prefix at most
 * {@link #MAX_PREFIX_TERMS} words per field.
 */
public final class QueryBuilder {
  /** Field weights: a word in the title counts more than in the body; exact forms add a little. */
  static final Map<String, Float> WEIGHTS = Map.of(
      Fields.TITLE, 2.0f,
      Fields.TITLE_EXACT, 1.0f,
      Fields.BODY, 1.0f,
      Fields.BODY_EXACT, 0.5f);
  /**
   * Weight of a query that is the name of a partner or place recognised in a document (« AtmoSud »
   * for a text writing « ATMO Sud »): matched as a whole name, never word by word, so that
   * « santé mentale » does not match every document with an « Agence régionale de santé ».
   */
  static final float NAME_BOOST = 1.0f;
  /** Extra weight of the words found as one exact phrase, and of the words found close together. */
  static final float PHRASE_BOOST = 2.0f;
  static final float NEAR_BOOST = 1.0f;
  /** Words apart (in all) that still count as close together. */
  static final int NEAR_SLOP = 6;
  /** A word is matched fuzzily only when it is this long and found in no document. */
  static final int FUZZY_MIN_LENGTH = 4;
  /** Bounds of fuzzy matching ({@code word~N} and unknown words): edits, spellings tried. */
  static final int MAX_EDITS = 2;
  static final int FUZZY_EXPANSIONS = 16;
  /**
   * Words that expand ({@code word~N}, {@code prefix*}, and unknown words matched fuzzily) in one
   * query: more typed ones are refused; more unknown words are then matched exactly.
   */
  static final int MAX_EXPANDING_WORDS = 8;
  /** Words of one field a prefix may match; a shorter prefix is refused with a message. */
  static final int MAX_PREFIX_TERMS = 1_000;
  /** Largest slop of {@code "phrase"~N}. */
  static final int MAX_SLOP = 20;
  private static final Pattern PLAIN_WORD = Pattern.compile(
      "(?<=^|\\s)([\\p{L}\\p{N}][\\p{L}\\p{N}'-]*)(?=\\s|$|[?!.,;:])");

  private final FrenchAnalysis analysis;
  private final Analyzer analyzer;
  private final EquivalentsRewriter equivalents;

  /** A builder for {@code schema}'s fields; {@code regions} give the names matched as one. */
  public QueryBuilder(Schema schema, List<Region> regions) {
    this.analysis = schema.analysis();
    this.analyzer = schema.indexAnalyzer();
    this.equivalents = new EquivalentsRewriter(analysis, regions);
  }

  /** The query for {@code text} over {@code reader}'s index; every document when blank. */
  public Query build(String text, IndexReader reader) {
    String normalised = QueryText.normalise(text, analysis);
    if (normalised.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    boolean asWritten = QueryText.hasBooleanOperators(normalised);
    String rewritten = equivalents.rewrite(normalised);
    Query core = parse(rewritten, reader, true, asWritten);
    if (core == null) { // only question and function words: keep them after all
      core = parse(rewritten, reader, false, asWritten);
    }
    if (core == null) {
      return new BooleanQuery.Builder().build(); // matches nothing, e.g. "?"
    }
    List<String> words = contentWords(normalised);
    SimpleQueryParser phrases = new SimpleQueryParser(analyzer, WEIGHTS);
    String joined = String.join(" ", words);
    Query ranked = core;
    if (words.size() >= 2) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(core, BooleanClause.Occur.MUST);
      addBoost(b, phrases.createPhraseQuery(Fields.BODY_EXACT, joined, 0), PHRASE_BOOST);
      addBoost(b, phrases.createPhraseQuery(Fields.TITLE_EXACT, joined, 0), PHRASE_BOOST);
      addBoost(b, phrases.createPhraseQuery(Fields.BODY, joined, NEAR_SLOP), NEAR_BOOST);
      ranked = b.build();
    }
    Query name = words.isEmpty() || asWritten || hasSyntax(normalised) ? null
        : phrases.createPhraseQuery(Fields.ENTITIES, joined, 0);
    if (name == null) {
      return ranked;
    }
    return new BooleanQuery.Builder().add(ranked, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(name, NAME_BOOST), BooleanClause.Occur.SHOULD).build();
  }

  /**
   * {@code built} (from {@link #build}) for matching and scoring: a one-word query's "any word" and
   * "enough words" clauses (see {@link #parse}), which then match the same documents, become the
   * word scored twice, so that each document is matched once instead of twice. Same documents,
   * same scores (doubling is exact in binary floating point). Snippets are still marked with
   * {@code built}: their passages are ranked by the matches of each clause.
   */
  public static Query forMatching(Query built) {
    if (!(built instanceof BooleanQuery bq)) {
      return built;
    }
    Query oneWord = oneWordScoredTwice(bq);
    if (oneWord != null) {
      return oneWord;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    bq.clauses().forEach(c -> out.add(forMatching(c.query()), c.occur()));
    return out.build();
  }

  /**
   * {@code +(w -x…) (w)~1} as {@code +(w)^2 -x…}; null when {@code q} is not of that form. The
   * first matches w without x and scores it w + w; so does the second, with one clause fewer.
   */
  private static Query oneWordScoredTwice(BooleanQuery q) {
    List<BooleanClause> c = q.clauses();
    if (c.size() != 2 || q.getMinimumNumberShouldMatch() != 0
        || c.get(0).occur() != BooleanClause.Occur.MUST
        || c.get(1).occur() != BooleanClause.Occur.SHOULD
        || !(c.get(0).query() instanceof BooleanQuery any)
        || !(c.get(1).query() instanceof BooleanQuery enough)
        || any.getMinimumNumberShouldMatch() != 0 || enough.getMinimumNumberShouldMatch() != 1
        || enough.clauses().size() != 1
        || enough.clauses().get(0).occur() != BooleanClause.Occur.SHOULD) {
      return null;
    }
    Query word = enough.clauses().get(0).query();
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    int words = 0;
    for (BooleanClause a : any.clauses()) {
      if (a.occur() == BooleanClause.Occur.SHOULD && a.query().equals(word)) {
        words++;
        out.add(new BoostQuery(word, 2f), BooleanClause.Occur.MUST);
      } else if (a.occur() == BooleanClause.Occur.MUST_NOT) {
        out.add(a.query(), BooleanClause.Occur.MUST_NOT);
      } else {
        return null;
      }
    }
    return words == 1 ? out.build() : null;
  }

  /** Quotes, exclusions, groups, prefixes or fuzzy marks: the query is not a plain name. */
  private static boolean hasSyntax(String text) {
    return text.contains("\"") || text.contains("(") || text.contains("*") || text.contains("~")
        || topLevelUnits(text).stream().anyMatch(u -> u.startsWith("-"));
  }

  /**
   * How many of {@code n} optional words must match: all of one or two, then all but one, and
   * from five words on two thirds (rounded up).
   */
  static int required(int n) {
    if (n <= 2) {
      return n;
    }
    return n <= 4 ? n - 1 : (int) Math.ceil(n * 2 / 3.0);
  }

  private Query parse(String text, IndexReader reader, boolean dropStopWords, boolean asWritten) {
    WordParser parser = new WordParser(analysis, analyzer, equivalents, reader, dropStopWords);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    if (asWritten) {
      return parser.parse(text);
    }
    List<Query> optional = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    for (String unit : topLevelUnits(text)) {
      boolean exclude = unit.startsWith("-") && unit.length() > 1;
      Query q = parser.parse(exclude ? unit.substring(1) : unit);
      if (!(q instanceof MatchNoDocsQuery)) { // what the parser gives for a dropped word
        (exclude ? excluded : optional).add(q);
      }
    }
    if (optional.isEmpty()) {
      return null;
    }
    // Any word matches; the documents with enough of them (the coordination clause) score double.
    // Measured on the judged set: nDCG@10 0.878 and recall@20 0.941, against 0.843 and 0.845
    // when the same minimum is required instead of rewarded.
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    BooleanQuery.Builder enough = new BooleanQuery.Builder();
    optional.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    optional.forEach(q -> enough.add(q, BooleanClause.Occur.SHOULD));
    excluded.forEach(q -> any.add(q, BooleanClause.Occur.MUST_NOT));
    enough.setMinimumNumberShouldMatch(required(optional.size()));
    return new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
        .add(enough.build(), BooleanClause.Occur.SHOULD).build();
  }

  /**
   * The query's top-level units: words, "quoted phrases" and (groups), split at spaces outside
   * quotes and parentheses; a leading '-' stays with its unit.
   */
  static List<String> topLevelUnits(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (Character.isWhitespace(c) && !quoted && depth == 0) {
        if (!current.isEmpty()) {
          units.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) {
      units.add(current.toString());
    }
    return units;
  }

  /** The plain words of the query (not quoted, excluded or operators) that constrain it. */
  private List<String> contentWords(String normalised) {
    List<String> out = new ArrayList<>();
    String unquoted = normalised.replaceAll("\"[^\"]*\"?", " ");
    Matcher m = PLAIN_WORD.matcher(unquoted);
    while (m.find()) {
      if (!QueryText.isStopWord(m.group(1), analysis)) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static void addBoost(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }
}
