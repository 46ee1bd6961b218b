package fr.santekb.indexer.extraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The term a text defines with its acronym and then uses most: « Ateliers Santé Ville (ASV) »,
 * « Contrat Local de Santé (CLS) ». A page without a title line is about it; it names the page
 * better than its first sentence cut short.
 */
final class DefinedTerm {
  /** An acronym in parentheses: « (CLS) », « (PLSP) ». */
  private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{2,6})\\)");
  /** Small words a name's acronym skips: « Contrat Local de Santé » is CLS. */
  private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "la", "le", "les",
      "l", "et", "en", "aux", "au", "à", "pour", "sur");
  /** Words before the parenthesis looked at for the name. */
  private static final int MAX_NAME_WORDS = 10;

  private DefinedTerm() {}

  /**
   * The defined term whose acronym the text uses most, as « Name (ACRONYM) », the first defined
   * on a tie; empty when the text defines none. A name is the words right before the parenthesis
   * whose initials, small words left out, spell the acronym.
   */
  static Optional<String> mostUsed(String text) {
    Map<String, String> nameOf = new LinkedHashMap<>();
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (!nameOf.containsKey(acronym)) {
        name(text.substring(Math.max(0, m.start() - 200), m.start()), acronym)
            .ifPresent(name -> nameOf.put(acronym, name));
      }
    }
    String best = null;
    int bestUses = 0;
    for (String acronym : nameOf.keySet()) {
      int uses = uses(text, acronym);
      if (uses > bestUses) {
        best = acronym;
        bestUses = uses;
      }
    }
    return Optional.ofNullable(best).map(a -> nameOf.get(a) + " (" + a + ")");
  }

  /** The shortest run of words ending {@code before} whose initials spell {@code acronym}. */
  static Optional<String> name(String before, String acronym) {
    String[] words = before.strip().split("\\s+");
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - 1; i >= Math.max(0, words.length - MAX_NAME_WORDS); i--) {
      String word = words[i].replaceAll("^\\p{L}['’]", "");
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        return Optional.empty();
      }
      if (!LINKS.contains(word.toLowerCase(Locale.ROOT))) {
        initials.insert(0, Character.toUpperCase(word.charAt(0)));
      }
      if (initials.toString().equals(acronym)) {
        return Optional.of(String.join(" ", Arrays.copyOfRange(words, i,
            words.length)).replaceAll("^\\p{L}['’]", ""));
      }
      if (initials.length() >= acronym.length()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int uses(String text, String acronym) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + acronym + "(?![\\p{L}\\p{N}])")
        .matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
