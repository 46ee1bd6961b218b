package fr.santekb.api.query;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.enrichment.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that mean the same thing, matched both ways, as query syntax: the typed name becomes a
 * group of it and its equivalents, which counts as one word.
 *
 * <ul>
 *   <li>Acronyms and expansions: an acronym typed as one ("CPTS", or a protected word such as
 *       "Cls") becomes {@code (CPTS | "communauté professionnelle territoriale de santé")}, and the
 *       spelt-out expansion becomes {@code ("…" | CPTS)}. Only the first (health) sense of an
 *       ambiguous acronym is used.
 *   <li>Régions: today's name or an alias ("Provence-Alpes-Côte d'Azur", "PACA", "région Sud")
 *       matches the others, and also the former régions merged into it in 2016 ("Grand Est" →
 *       "Alsace", "Lorraine", "Champagne-Ardenne"); a former région matches only itself, being a
 *       part of today's. So an ARS named by its région ("ARS Grand Est", "agence régionale de
 *       santé PACA") finds the documents that name it another way ("ARS Alsace", "ARS
 *       Provence-Alpes-Côte d'Azur").
 * </ul>
 *
 * Quoted text is left as typed, except a quoted phrase of two words or more that is exactly a
 * known name, which also matches its equivalents; an excluded word ({@code -PACA}) is left alone.
 */
final class EquivalentsRewriter {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A name as folded words, with the names it stands for (as written in the config). */
  private record Name(List<String> words, List<String> equivalents) {}

  private final Map<String, List<String>> acronyms;
  private final FrenchAnalysis analysis;
  /** Every known name of two words or more, longest first; and the one-word names by key. */
  private final List<Name> phrases = new ArrayList<>();
  private final Map<String, Name> oneWordNames = new HashMap<>();

  EquivalentsRewriter(FrenchAnalysis analysis, List<Region> regions) {
    this.analysis = analysis;
    this.acronyms = analysis.acronyms();
    Map<List<String>, List<String>> byWords = new LinkedHashMap<>();
    acronyms.forEach((acronym, senses) -> {
      if (TextKeys.key(senses.get(0)).contains(" ")) { // a one-word expansion stays a plain word
        addEquivalent(byWords, senses.get(0), acronym);
      }
    });
    for (Region r : regions) {
      List<String> current = r.currentNames();
      for (String name : current) {
        current.forEach(other -> addEquivalent(byWords, name, other));
        r.formerNames().forEach(former -> addEquivalent(byWords, name, former));
      }
    }
    byWords.forEach((words, equivalents) -> {
      Name n = new Name(words, List.copyOf(equivalents));
      if (words.size() == 1) {
        oneWordNames.put(words.get(0), n);
      } else {
        phrases.add(n);
      }
    });
    phrases.sort(Comparator.comparingInt((Name n) -> n.words().size()).reversed());
  }

  /** Adds {@code equivalent} to {@code name}'s list, once per folded form, never {@code name}. */
  private static void addEquivalent(Map<List<String>, List<String>> byWords, String name,
      String equivalent) {
    List<String> words = List.of(TextKeys.key(name).split(" "));
    String key = TextKeys.key(equivalent);
    if (key.isEmpty() || words.equals(List.of(key.split(" ")))) {
      return;
    }
    List<String> list = byWords.computeIfAbsent(words, k -> new ArrayList<>());
    if (list.stream().noneMatch(e -> TextKeys.key(e).equals(key))) {
      list.add(equivalent);
    }
  }

  /** The main (health) expansion of {@code word} when it is typed as a known acronym. */
  Optional<String> expansion(String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    List<String> senses = acronyms.get(upper);
    if (senses == null || word.length() < 2) {
      return Optional.empty();
    }
    boolean typedAsAcronym = word.equals(upper)
        || analysis.protectedWords().contains(TextKeys.foldLower(word));
    return typedAsAcronym ? Optional.of(senses.get(0)) : Optional.empty();
  }

  /** {@code query} (already normalised) with the names outside quotes rewritten. */
  String rewrite(String query) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (from < query.length()) {
      int quote = query.indexOf('"', from);
      int end = quote < 0 ? query.length() : quote;
      out.append(rewritePlain(query.substring(from, end)));
      if (quote < 0) {
        break;
      }
      int close = query.indexOf('"', quote + 1);
      int stop = close < 0 ? query.length() : close + 1;
      String quoted = query.substring(quote, stop);
      Optional<Name> whole = close < 0 ? Optional.empty()
          : exactName(query.substring(quote + 1, close));
      out.append(whole.map(n -> group(quoted, n.equivalents())).orElse(quoted));
      from = stop;
    }
    return out.toString();
  }

  private String rewritePlain(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      keys.add(TextKeys.foldLower(m.group()));
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < spans.size(); ) {
      int[] span = spans.get(i);
      boolean excluded = span[0] > 0 && text.charAt(span[0] - 1) == '-'
          && (span[0] == 1 || Character.isWhitespace(text.charAt(span[0] - 2)));
      Name found = excluded ? null : phraseAt(keys, i);
      if (found != null) {
        int start = span[0];
        int end = spans.get(i + found.words().size() - 1)[1];
        out.append(text, copied, start)
            .append(group('"' + text.substring(start, end) + '"', found.equivalents()));
        copied = end;
        i += found.words().size();
        continue;
      }
      String word = text.substring(span[0], span[1]);
      boolean wholeToken = (span[1] == text.length() || !isWordJoiner(text.charAt(span[1])))
          && (span[0] == 0 || Character.isWhitespace(text.charAt(span[0] - 1)));
      List<String> equivalents = excluded || !wholeToken ? List.of() : oneWordEquivalents(word);
      if (!equivalents.isEmpty()) {
        out.append(text, copied, span[0]).append(group(word, equivalents));
        copied = span[1];
      }
      i++;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** A typed acronym's expansion, then the other names of a one-word région name. */
  private List<String> oneWordEquivalents(String word) {
    List<String> out = new ArrayList<>();
    expansion(word).ifPresent(out::add);
    Name name = oneWordNames.get(TextKeys.key(word));
    if (name != null) {
      name.equivalents().stream()
          .filter(e -> out.stream().noneMatch(o -> TextKeys.key(o).equals(TextKeys.key(e))))
          .forEach(out::add);
    }
    return out;
  }

  /** {@code (typed | A | "B C")}: one-word equivalents bare, longer ones as phrases. */
  private static String group(String typed, List<String> equivalents) {
    StringBuilder b = new StringBuilder("(").append(typed);
    for (String e : equivalents) {
      b.append(" | ").append(WORD.matcher(e).matches() ? e : '"' + e + '"');
    }
    return b.append(')').toString();
  }

  private static boolean isWordJoiner(char c) {
    return c == '*' || c == '\'' || c == '-';
  }

  /** The name of two words or more that {@code phrase} is exactly (a quoted word stays exact). */
  private Optional<Name> exactName(String phrase) {
    List<String> words = List.of(TextKeys.key(phrase).split(" "));
    return phrases.stream().filter(n -> n.words().equals(words)).findFirst();
  }

  private Name phraseAt(List<String> keys, int i) {
    for (Name n : phrases) {
      int size = n.words().size();
      if (i + size <= keys.size() && keys.subList(i, i + size).equals(n.words())) {
        return n;
      }
    }
    return null;
  }
}
