package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.config.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds vocabulary phrases in {@link Tokens} in one pass, leftmost-longest, without regexes: phrases
 * are indexed by their first word (single-word prefixes by their first three letters). A phrase
 * written in capitals ("ARS", "AP-HM") is an acronym and matches case-sensitively; any other phrase
 * matches case-insensitively; a final "*" matches a word prefix ("addict*"). Accents never matter.
 */
final class PhraseMatcher {
  private static final int PREFIX_KEY = 3;

  /** One occurrence: the entry id, the word span, and whether the phrase was an acronym. */
  record Match(String id, int start, int end, boolean acronym) {}

  private record Phrase(String id, String[] words, boolean caseSensitive, boolean prefix) {
    String word(Tokens t, int i) {
      return caseSensitive ? t.exact(i) : t.lower(i);
    }
  }

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<String, List<Phrase>> byPrefix = new HashMap<>();

  /** Adds a phrase for {@code id}; {@code where} names the source in configuration errors. */
  void add(String id, String phrase, String where) {
    String text = phrase.strip();
    boolean prefix = text.endsWith("*");
    if (prefix) {
      text = text.substring(0, text.length() - 1);
    }
    Tokens t = Tokens.of(text);
    ConfigException.require(t.size() > 0, where, "a phrase needs at least one word", phrase);
    boolean acronym = isAcronym(text);
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = acronym ? t.exact(i) : t.lower(i);
    }
    Phrase p = new Phrase(id, words, acronym, prefix);
    if (prefix && words.length == 1) {
      ConfigException.require(words[0].length() >= PREFIX_KEY, where,
          "a prefix needs at least " + PREFIX_KEY + " letters", phrase);
      byPrefix.computeIfAbsent(words[0].substring(0, PREFIX_KEY).toLowerCase(Locale.ROOT),
          k -> new ArrayList<>()).add(p);
    } else {
      byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
    }
  }

  /** An acronym has at least one letter and no lower-case letter. */
  static boolean isAcronym(String phrase) {
    boolean letter = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Every non-overlapping occurrence, scanning left to right and taking the longest at each word. */
  List<Match> find(Tokens t) {
    List<Match> matches = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      Phrase best = longest(t, i, byFirstWord.get(t.lower(i)), null);
      String low = t.lower(i);
      if (low.length() >= PREFIX_KEY) {
        best = longest(t, i, byPrefix.get(low.substring(0, PREFIX_KEY)), best);
      }
      if (best == null) {
        i++;
      } else {
        matches.add(new Match(best.id(), i, i + best.words().length, best.caseSensitive()));
        i += best.words().length;
      }
    }
    return matches;
  }

  private static Phrase longest(Tokens t, int i, List<Phrase> candidates, Phrase best) {
    if (candidates == null) {
      return best;
    }
    for (Phrase p : candidates) {
      if ((best == null || p.words().length > best.words().length) && matchesAt(t, i, p)) {
        best = p;
      }
    }
    return best;
  }

  private static boolean matchesAt(Tokens t, int i, Phrase p) {
    String[] words = p.words();
    if (i + words.length > t.size() || !t.unbroken(i, i + words.length)) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String word = p.word(t, i + k);
      boolean last = k == words.length - 1;
      if (last && p.prefix() ? !word.startsWith(words[k]) : !word.equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
