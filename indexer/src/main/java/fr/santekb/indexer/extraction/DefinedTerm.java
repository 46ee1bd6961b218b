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
 * The term a text defines with its acronym and dwells on: « Contrat Local de Santé (CLS) »,
 * « Ateliers Santé Ville (ASV) ». A page without a title line is about it; it names the page
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

  /** Characters of the text read: a page's subject is defined in its opening, and it bounds cost. */
  static final int MAX_CHARS = 50_000;

  private DefinedTerm() {}

  /** A term and its acronym: « Contrat Local de Santé », « CLS ». */
  record Term(String name, String acronym) {
    /** « Contrat Local de Santé (CLS) ». */
    String title() {
      return name + " (" + acronym + ")";
    }
  }

  /**
   * The text's main defined term: of the terms whose acronym the text uses at least half as often
   * as the most used one, the first defined (« Contrat Local de Santé (CLS) » on a page that goes
   * on about its « Ateliers Santé Ville (ASV) »; not « Agence Régionale de Santé (ARS) » defined
   * in passing before the page's subject). Empty when the text defines none. A name is the words
   * right before the parenthesis whose initials, small words left out, spell the acronym. Only the
   * first {@value #MAX_CHARS} characters are read.
   */
  static Optional<Term> main(String fullText) {
    String text = fullText.substring(0, Math.min(fullText.length(), MAX_CHARS));
    Map<String, String> nameOf = new LinkedHashMap<>();
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (!nameOf.containsKey(acronym)) {
        name(text.substring(Math.max(0, m.start() - 200), m.start()), acronym)
            .ifPresent(name -> nameOf.put(acronym, name));
      }
    }
    Map<String, Integer> uses = new LinkedHashMap<>();
    nameOf.keySet().forEach(acronym -> uses.put(acronym, uses(text, acronym)));
    int most = uses.values().stream().max(Integer::compare).orElse(0);
    return uses.entrySet().stream().filter(e -> 2 * e.getValue() >= most).findFirst()
        .map(e -> new Term(nameOf.get(e.getKey()), e.getKey()));
  }

  /**
   * Whether the words of {@code line}, small words left out, spell {@code acronym} by their
   * initials: « Contrats locaux de santé » spells CLS.
   */
  static boolean spells(String line, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String word : line.strip().split("[\\s'’]+")) {
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        return false;
      }
      if (!LINKS.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString().equals(acronym);
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
