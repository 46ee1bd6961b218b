package fr.santekb.api.search;

import fr.santekb.api.results.Suggestion;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.analysis.TokenLister;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Collects completion candidates from the stored text of the documents (every title; the text of
 * at most {@link #MAX_PHRASE_DOCUMENTS}, spread over the index): titles, and the words and
 * phrases of up to four words that start and end with a content word (not a stop word), contain no
 * phrase break (a conjugated verb, a web-address word: {@link FrenchAnalysis#phraseBreaks}) and
 * occur in at least two documents. Keeps each phrase as it is usually written (accents, case).
 */
final class PhraseHarvester {
  /** Characters read per document: phrases worth suggesting appear early and often. */
  static final int MAX_CHARS_PER_DOCUMENT = 30_000;
  /**
   * Documents whose text is read for phrases, at most: past this, one document in every {@code
   * ceil(live / MAX_PHRASE_DOCUMENTS)}, spread over the whole index. The phrases worth suggesting
   * are frequent, so a sample finds them; reading every text of a large index made the server
   * take minutes to build its completions (98 s at 100,000 documents) and hold every run of words
   * of the corpus in memory meanwhile. Titles are read from every document.
   */
  static final int MAX_PHRASE_DOCUMENTS = 20_000;
  static final int MAX_PHRASES = 50_000;
  static final int MAX_WORDS = 4;
  private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.BODY);
  private static final Set<String> TITLE_FIELDS = Set.of(Fields.ID, Fields.TITLE);
  /** Phrases do not cross sentence punctuation or paragraph breaks. */
  private static final Pattern SEGMENT_BREAK =
      Pattern.compile("[.!?;:()\\[\\]{}«»\"“”…•·,/|=<>]|\\n\\s*\\n");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  /** The token of a phrase break: no phrase goes through it. */
  private static final String BREAK = "\u0000";

  private final Analyzer text;
  private final Analyzer exact;
  private final Set<String> breaks;
  /** Lower-cased word to its exact-field token, "" for a stop word, {@link #BREAK} for a break. */
  private final Map<String, String> tokenCache = new HashMap<>();
  private final Map<String, Counter> phrases = new HashMap<>();
  private final Map<String, String> surfaceForms = new HashMap<>();

  private PhraseHarvester(FrenchAnalysis analysis) {
    this.text = analysis.text();
    this.exact = analysis.exact();
    this.breaks = analysis.phraseBreaks();
  }

  /**
   * Harvests {@code reader}: a word the full-text analyzer drops is a stop word; the exact-field
   * token keys the surface forms.
   */
  static Harvest harvest(IndexReader reader, FrenchAnalysis analysis) throws IOException {
    return harvest(reader, analysis, MAX_PHRASE_DOCUMENTS);
  }

  /** The same, reading the text of at most {@code maxTextDocuments} documents for phrases. */
  static Harvest harvest(IndexReader reader, FrenchAnalysis analysis, int maxTextDocuments)
      throws IOException {
    PhraseHarvester h = new PhraseHarvester(analysis);
    Map<String, Harvest.Entry> titles = new LinkedHashMap<>();
    int step = Math.max(1, (reader.numDocs() + maxTextDocuments - 1) / maxTextDocuments);
    int read = 0;
    int live = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits liveDocs = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (liveDocs != null && !liveDocs.get(i)) {
          continue;
        }
        boolean withText = live++ % step == 0;
        Document doc = stored.document(i, withText ? FIELDS : TITLE_FIELDS);
        String title = normaliseSpaces(doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE));
        if (!title.isEmpty() && title.length() <= 300) {
          titles.merge(TextKeys.foldLower(title), new Harvest.Entry(title, Suggestion.TITLE,
              doc.get(Fields.ID), 1), (a, b) -> new Harvest.Entry(a.text(), a.kind(), a.id(),
                  a.weight() + 1));
        }
        if (withText) {
          String body = doc.get(Fields.BODY) == null ? "" : doc.get(Fields.BODY);
          h.addDocument(body.length() > MAX_CHARS_PER_DOCUMENT
              ? body.substring(0, MAX_CHARS_PER_DOCUMENT) : body);
          read++;
        }
      }
    }
    int documents = read;
    List<Harvest.Entry> entries = new ArrayList<>();
    h.phrases.values().stream().filter(c -> c.docs >= minDocs(c.words, documents))
        .sorted(Comparator.comparingInt((Counter c) -> -c.docs).thenComparing(c -> c.surface))
        .limit(MAX_PHRASES)
        .forEach(c -> entries.add(new Harvest.Entry(c.surface, Suggestion.PHRASE, "", c.docs)));
    entries.addAll(titles.values());
    return new Harvest(entries, h.surfaceForms);
  }

  /**
   * Documents a phrase of {@code words} words must occur in: two, and one more per word past two,
   * since a longer run repeated in only two documents is mostly a sentence copied from one to the
   * other ("plan blanc conformément à"), not a name.
   */
  static int minDocs(int words, int corpusDocs) {
    return Math.min(Math.max(2, words), Math.max(1, corpusDocs));
  }

  private void addDocument(String text) {
    Set<String> seen = new HashSet<>();
    for (String segment : SEGMENT_BREAK.split(text)) {
      List<int[]> spans = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(segment);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
        tokens.add(token(m.group()));
      }
      for (int i = 0; i < spans.size(); i++) {
        if (tokens.get(i).isEmpty() || tokens.get(i).equals(BREAK)) {
          continue;
        }
        String word = segment.substring(spans.get(i)[0], spans.get(i)[1]);
        surfaceForms.merge(tokens.get(i), word, PhraseHarvester::preferLowerCase);
        for (int n = 1; n <= MAX_WORDS && i + n <= spans.size(); n++) {
          String last = tokens.get(i + n - 1);
          if (last.equals(BREAK)) {
            break;
          }
          if (last.isEmpty() || (n == 1 && word.length() < 4) || isNumber(last)
              || isNumber(tokens.get(i))) {
            continue;
          }
          String surface = normaliseSpaces(segment.substring(spans.get(i)[0],
              spans.get(i + n - 1)[1]));
          String key = TextKeys.foldLower(surface);
          if (seen.add(key)) {
            int words = n;
            phrases.computeIfAbsent(key, k -> new Counter(surface, words)).add(surface);
          }
        }
      }
    }
  }

  /** The exact-field token of a word, "" when the analysis drops it (stop word, single letter). */
  private String token(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return tokenCache.computeIfAbsent(lower, w -> {
      if (breaks.contains(TextKeys.foldLower(w))) {
        return BREAK;
      }
      if (w.length() < 2 || TokenLister.tokens(text, Fields.BODY, w).isEmpty()) {
        return "";
      }
      List<String> t = TokenLister.tokens(exact, Fields.BODY_EXACT, w);
      return t.size() == 1 ? t.get(0) : "";
    });
  }

  private static boolean isNumber(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  /** Sentence-initial capitals are not how a word is written: prefer a lower-case start. */
  private static String preferLowerCase(String current, String candidate) {
    boolean currentUpper = Character.isUpperCase(current.charAt(0));
    boolean candidateLower = Character.isLowerCase(candidate.charAt(0));
    return currentUpper && candidateLower ? candidate : current;
  }

  private static String normaliseSpaces(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** Document frequency and preferred written form of one phrase. */
  private static final class Counter {
    final int words;
    String surface;
    int docs;

    Counter(String surface, int words) {
      this.surface = surface;
      this.words = words;
    }

    void add(String form) {
      docs++;
      surface = preferLowerCase(surface, form);
    }
  }
}
