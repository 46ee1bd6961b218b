package fr.santekb.api.query;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * The typed query made regular before parsing: Unicode NFC (an accent sent as a combining mark is
 * the precomposed letter), the analyzers' character mapping (one apostrophe), no space after an
 * elided article ("l' hôpital" is "l'hôpital"), and the operator words OR/OU, AND/ET, NOT/SAUF
 * (upper case, standalone) written as the parser's |, + and -.
 */
public final class QueryText {
  /** The operator words, as typed in capitals, each in English and French; defined here only. */
  private static final List<String> OR_WORDS = List.of("OR", "OU");
  private static final List<String> AND_WORDS = List.of("AND", "ET");
  private static final List<String> NOT_WORDS = List.of("NOT", "SAUF");
  /** Every operator word: never a search word, never spell-checked. */
  public static final Set<String> OPERATOR_WORDS = Stream.of(OR_WORDS, AND_WORDS, NOT_WORDS)
      .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
  private static final Pattern SPACE_AFTER_ELISION =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,7})'\\s+(?=\\p{L})");
  private static final Pattern OR_WORD = standalone(OR_WORDS, "(?=\\s|$)");
  private static final Pattern AND_WORD = standalone(AND_WORDS, "(?=\\s|$)");
  private static final Pattern NOT_WORD = standalone(NOT_WORDS, "\\s+");

  private QueryText() {}

  private static Pattern standalone(List<String> words, String after) {
    return Pattern.compile("(?<=^|\\s)(?:" + String.join("|", words) + ")" + after);
  }

  /** The query made regular; see the class comment. */
  public static String normalise(String text, FrenchAnalysis analysis) {
    String out = analysis.mapCharacters(TextKeys.composed(text)); // one apostrophe, as indexed
    out = SPACE_AFTER_ELISION.matcher(out).replaceAll(m -> analysis.isElision(m.group(1))
        ? m.group(1) + "'" : m.group());
    out = OR_WORD.matcher(out).replaceAll("|");
    out = AND_WORD.matcher(out).replaceAll("+");
    return NOT_WORD.matcher(out).replaceAll("-").strip();
  }

  /**
   * True when {@code word} only asks or links (« quels », « comment », « de », « qu'est-ce »): each
   * of its parts, elision aside, is a query stop word ({@code query_stopwords.txt}).
   */
  static boolean isStopWord(String word, FrenchAnalysis analysis) {
    String folded = TextKeys.foldLower(analysis.withoutElision(word));
    for (String part : folded.split("[-']")) {
      if (!part.isEmpty() && !analysis.queryStopWords().contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** True when the user wrote an explicit OR or AND: the words then combine as written. */
  static boolean hasBooleanOperators(String normalised) {
    return normalised.indexOf('|') >= 0 || normalised.indexOf('+') >= 0;
  }
}
