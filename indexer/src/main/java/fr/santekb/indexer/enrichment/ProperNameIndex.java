package fr.santekb.indexer.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds proper names (communes, départements, régions) in {@link Tokens} with one hash lookup per
 * word: names are indexed by their first two words, so 35,000 commune names cost no more than a few.
 * Case rules: a capitalised word of the name must appear with its capital ("Port-de-Bouc" is not
 * "port de bouc", "Le Port" is not "Le port"); lower-case linking words ("de", "les", "sur") and a
 * leading article ("la Seyne-sur-Mer") match in any case; a name of two words or more also matches
 * written in capitals ("SAINT-MITRE-LES-REMPARTS"). Accents never matter. A name never matches part
 * of a hyphenated compound ("Marseille" in "Aix-Marseille-Provence").
 *
 * @param <T> what a name stands for; homonyms share one name and carry several values
 */
final class ProperNameIndex<T> {
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");

  /** One occurrence of a name: its word span and everything it may designate. */
  record Hit<T>(int start, int end, List<T> values) {
    int significantWords(Tokens t) {
      return ARTICLES.contains(t.lower(start)) && end - start > 1 ? end - start - 1 : end - start;
    }
  }

  private static final class Name<T> {
    final String[] words;
    final List<T> values = new ArrayList<>();

    Name(String[] words) {
      this.words = words;
    }
  }

  /** Names of one word, and longer names by their lower-case second word. */
  private static final class Node<T> {
    Name<T> single;
    final Map<String, List<Name<T>>> bySecond = new HashMap<>();
  }

  private final Map<String, Node<T>> byFirst = new HashMap<>();
  private final Map<String, Name<T>> byWords = new HashMap<>();

  void add(String name, T value) {
    Tokens t = Tokens.of(name);
    if (t.size() == 0) {
      return;
    }
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = t.exact(i);
    }
    String key = String.join(" ", words);
    Name<T> entry = byWords.get(key);
    if (entry == null) {
      entry = new Name<>(words);
      byWords.put(key, entry);
      Node<T> node = byFirst.computeIfAbsent(t.lower(0), k -> new Node<>());
      if (words.length == 1) {
        node.single = entry;
      } else {
        node.bySecond.computeIfAbsent(t.lower(1), k -> new ArrayList<>()).add(entry);
      }
    }
    entry.values.add(value);
  }

  /** Every non-overlapping name occurrence, leftmost-longest. */
  List<Hit<T>> find(Tokens t) {
    List<Hit<T>> hits = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      Name<T> best = null;
      Node<T> node = byFirst.get(t.lower(i));
      if (node != null && !t.hyphenBefore(i)) {
        if (i + 1 < n) {
          for (Name<T> name : node.bySecond.getOrDefault(t.lower(i + 1), List.of())) {
            if ((best == null || name.words.length > best.words.length) && matchesAt(t, i, name)) {
              best = name;
            }
          }
        }
        if (best == null && node.single != null && matchesAt(t, i, node.single)) {
          best = node.single;
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.add(new Hit<>(i, i + best.words.length, List.copyOf(best.values)));
        i += best.words.length;
      }
    }
    return hits;
  }

  private static boolean matchesAt(Tokens t, int i, Name<?> name) {
    int end = i + name.words.length;
    if (end > t.size() || t.hyphenBefore(end) || !t.unbroken(i, end)) {
      return false;
    }
    boolean capitals = name.words.length > 1 && allCapitals(t, i, end);
    for (int k = 0; k < name.words.length; k++) {
      String want = name.words[k];
      String got = t.exact(i + k);
      boolean ok;
      if (capitals) {
        ok = got.equals(want.toUpperCase(Locale.ROOT));
      } else if (Character.isUpperCase(want.charAt(0))
          && !(k == 0 && ARTICLES.contains(want.toLowerCase(Locale.ROOT)))) {
        ok = got.equals(want);
      } else {
        ok = got.equalsIgnoreCase(want);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.exact(k);
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
