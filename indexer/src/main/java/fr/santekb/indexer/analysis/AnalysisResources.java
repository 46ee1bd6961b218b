package fr.santekb.indexer.analysis;

import fr.santekb.indexer.analysis.ConfigLines.Line;
import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/**
 * The validated contents of {@code config/analysis/}. Every file must exist and every line must
 * have the documented shape; a bad line fails with the file, the line number and the rule.
 */
record AnalysisResources(NormalizeCharMap charMap, CharArraySet elisions, CharArraySet stopWords,
    Set<String> protectedWords, CharArraySet protectedWordSet, StemmerOverrideMap stemOverrides,
    Map<String, List<String>> acronyms, Set<String> queryStopWords, Set<String> phraseBreaks) {

  static final String CHAR_MAPPING = "char_mapping.txt";
  static final String ELISIONS = "elisions.txt";
  static final String STOP_WORDS = "stopwords.txt";
  static final String PROTECTED_WORDS = "protected_words.txt";
  static final String STEM_OVERRIDES = "stem_overrides.txt";
  static final String ACRONYMS = "acronyms.tsv";
  static final String QUERY_STOP_WORDS = "query_stopwords.txt";
  static final String PHRASE_BREAKS = "phrase_breaks.txt";

  // Elisions are compared before lower-casing and folding (ignoring case); stop words after both,
  // so they are written with their accents and folded here; protected words and stem overrides
  // after both too, and must be written folded since they are also exposed as they are.
  private static final Pattern ELISION = Pattern.compile("[a-z]+");
  private static final Pattern STOP_WORD = Pattern.compile("\\p{Ll}+");
  private static final Pattern FOLDED_WORD = Pattern.compile("[a-z0-9]+");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern MAPPING =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*=>\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9A-Fa-f]{4})|([\\\\\"]))");

  static AnalysisResources load(Path dir) {
    Set<String> elisions = words(read(dir, ELISIONS), ELISION, "must be one lower-case ASCII word");
    Set<String> stopWords =
        folded(words(read(dir, STOP_WORDS), STOP_WORD, "must be one lower-case word"));
    Set<String> protectedWords = words(read(dir, PROTECTED_WORDS), FOLDED_WORD,
        "must be one ASCII lower-case word (compared after lower-casing and accent folding)");
    return new AnalysisResources(
        charMap(read(dir, CHAR_MAPPING)),
        charSet(elisions, true),
        charSet(stopWords, false),
        protectedWords,
        charSet(protectedWords, false),
        stemOverrides(read(dir, STEM_OVERRIDES)),
        acronyms(read(dir, ACRONYMS), protectedWords),
        Set.copyOf(union(stopWords, folded(words(read(dir, QUERY_STOP_WORDS), STOP_WORD,
            "must be one lower-case word")))),
        Set.copyOf(folded(words(read(dir, PHRASE_BREAKS), STOP_WORD,
            "must be one lower-case word"))));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static ConfigLines read(Path dir, String name) {
    return ConfigLines.read(dir.resolve(name));
  }

  private static CharArraySet charSet(Set<String> words, boolean ignoreCase) {
    return CharArraySet.unmodifiableSet(new CharArraySet(words, ignoreCase));
  }

  private static Set<String> words(ConfigLines file, Pattern shape, String rule) {
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (Line line : file.lines()) {
      if (!shape.matcher(line.text()).matches()) {
        throw file.error(line, rule);
      }
      Integer first = firstLine.putIfAbsent(line.text(), line.number());
      if (first != null) {
        throw file.error(line, "duplicate of line " + first);
      }
    }
    return Set.copyOf(firstLine.keySet());
  }

  /** The words folded as ASCIIFoldingFilter folds tokens: "où" → "ou", "être" → "etre". */
  private static Set<String> folded(Set<String> words) {
    Set<String> folded = new HashSet<>();
    for (String word : words) {
      char[] out = new char[word.length() * 4];
      int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
      folded.add(new String(out, 0, length));
    }
    return folded;
  }

  /**
   * Lucene's mapping format, {@code "from" => "to"}; the escapes are backslash-u with 4 hex digits,
   * a doubled backslash and backslash-quote.
   */
  private static NormalizeCharMap charMap(ConfigLines file) {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    Map<String, Integer> firstLine = new HashMap<>();
    for (Line line : file.lines()) {
      Matcher m = MAPPING.matcher(line.text());
      if (!m.matches()) {
        throw file.error(line, "must be \"from\" => \"to\"");
      }
      String from = unescape(file, line, m.group(1));
      if (from.isEmpty()) {
        throw file.error(line, "the text to replace must not be empty");
      }
      Integer first = firstLine.putIfAbsent(from, line.number());
      if (first != null) {
        throw file.error(line, "duplicate of line " + first);
      }
      builder.add(from, unescape(file, line, m.group(2)));
    }
    return builder.build();
  }

  private static String unescape(ConfigLines file, Line line, String quoted) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < quoted.length()) {
      char c = quoted.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      Matcher m = ESCAPE.matcher(quoted).region(i, quoted.length());
      if (!m.lookingAt()) {
        throw file.error(line, "only \\uXXXX, \\\\ and \\\" escapes are allowed");
      }
      out.append(m.group(1) != null
          ? (char) Integer.parseInt(m.group(1), 16)
          : m.group(2).charAt(0));
      i = m.end();
    }
    return out.toString();
  }

  private static StemmerOverrideMap stemOverrides(ConfigLines file) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    Map<String, Integer> firstLine = new HashMap<>();
    for (Line line : file.lines()) {
      String[] cols = line.text().split("\t", -1);
      if (cols.length != 2 || !FOLDED_WORD.matcher(cols[0]).matches()
          || !FOLDED_WORD.matcher(cols[1]).matches()) {
        throw file.error(line, "must be word<TAB>stem, both ASCII lower case");
      }
      Integer first = firstLine.putIfAbsent(cols[0], line.number());
      if (first != null) {
        throw file.error(line, "duplicate of line " + first);
      }
      builder.add(cols[0], cols[1]);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new ConfigException(file.file() + ": cannot build the stem overrides: " + e, e);
    }
  }

  /** Keys are upper case; each list keeps the file's order, the main (health) sense first. */
  private static Map<String, List<String>> acronyms(ConfigLines file, Set<String> protectedWords) {
    Map<String, List<String>> senses = new LinkedHashMap<>();
    for (Line line : file.lines()) {
      String[] cols = line.text().split("\t", -1);
      if (cols.length != 2 || !ACRONYM.matcher(cols[0]).matches() || cols[1].isBlank()) {
        throw file.error(line, "must be ACRONYM<TAB>expansion, the acronym in ASCII letters and"
            + " digits starting with a capital");
      }
      String expansion = cols[1].strip();
      if (!protectedWords.contains(cols[0].toLowerCase(Locale.ROOT))) {
        throw file.error(line, "acronym missing from " + PROTECTED_WORDS
            + ", so the stemmer could alter it");
      }
      List<String> list = senses.computeIfAbsent(cols[0].toUpperCase(Locale.ROOT),
          k -> new ArrayList<>());
      if (list.contains(expansion)) {
        throw file.error(line, "duplicate expansion");
      }
      list.add(expansion);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    senses.forEach((acronym, list) -> frozen.put(acronym, List.copyOf(list)));
    return Collections.unmodifiableMap(frozen);
  }
}
