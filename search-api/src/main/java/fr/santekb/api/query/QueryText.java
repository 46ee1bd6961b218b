package fr.santekb.api.query;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed query made regular before parsing: Unicode NFC (an accent sent as a combining mark is
 * the precomposed letter), one apostrophe, no space after an elided article ("l' hôpital" is
 * "l'hôpital"), and the operator words OR/OU, AND/ET, NOT/SAUF (upper case, standalone) written as
 * the parser's |, + and -.
 */
public final class QueryText {
  /** Operator words, as typed in capitals; each is defined here only. */
  public static final Set<String> OPERATOR_WORDS = Set.of("OR", "OU", "AND", "ET", "NOT", "SAUF");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\u00B4`]");
  private static final Pattern SPACE_AFTER_ELISION =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,7})'\\s+(?=\\p{L})");
  private static final Pattern OR_WORD = Pattern.compile("(?<=^|\\s)(?:OR|OU)(?=\\s|$)");
  private static final Pattern AND_WORD = Pattern.compile("(?<=^|\\s)(?:AND|ET)(?=\\s|$)");
  private static final Pattern NOT_WORD = Pattern.compile("(?<=^|\\s)(?:NOT|SAUF)\\s+");

  private QueryText() {}

  /** The query made regular; see the class comment. */
  public static String normalise(String text, FrenchAnalysis analysis) {
    String out = APOSTROPHES.matcher(TextKeys.composed(text)).replaceAll("'");
    out = SPACE_AFTER_ELISION.matcher(out).replaceAll(m -> analysis.isElision(m.group(1))
        ? m.group(1) + "'" : m.group());
    out = OR_WORD.matcher(out).replaceAll("|");
    out = AND_WORD.matcher(out).replaceAll("+");
    return NOT_WORD.matcher(out).replaceAll("-").strip();
  }

  /** True when the user wrote an explicit OR or AND: the words then combine as written. */
  static boolean hasBooleanOperators(String normalised) {
    return normalised.indexOf('|') >= 0 || normalised.indexOf('+') >= 0;
  }
}
