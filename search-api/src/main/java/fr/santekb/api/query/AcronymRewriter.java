package fr.santekb.api.query;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms and their expansions both ways, as query syntax: an acronym typed as one ("CPTS", or a
 * protected word such as "Cls") becomes {@code (CPTS | "communauté professionnelle territoriale
 * de santé")}, and the spelt-out expansion becomes {@code ("…" | CPTS)}, so both find the same
 * documents and the group counts as one word. Only the first (health) sense of an ambiguous
 * acronym is used. Quoted text is left as typed, except a quoted phrase that is exactly an
 * expansion, which also matches its acronym.
 */
final class AcronymRewriter {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** An expansion as folded words, with its acronym. */
  private record Expansion(List<String> words, String acronym) {}

  private final Map<String, List<String>> acronyms;
  private final FrenchAnalysis analysis;
  private final List<Expansion> expansions = new ArrayList<>();

  AcronymRewriter(FrenchAnalysis analysis) {
    this.analysis = analysis;
    this.acronyms = analysis.acronyms();
    acronyms.forEach((acronym, senses) -> expansions.add(
        new Expansion(List.of(TextKeys.key(senses.get(0)).split(" ")), acronym)));
    expansions.sort(Comparator.comparingInt((Expansion e) -> e.words().size()).reversed());
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

  /** {@code query} (already normalised) with acronyms and expansions outside quotes rewritten. */
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
      Optional<Expansion> whole = close < 0 ? Optional.empty()
          : exactExpansion(query.substring(quote + 1, close));
      out.append(whole.map(e -> "(" + quoted + " | " + e.acronym() + ")").orElse(quoted));
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
      Expansion found = excluded ? null : expansionAt(keys, i);
      if (found != null) {
        int start = span[0];
        int end = spans.get(i + found.words().size() - 1)[1];
        out.append(text, copied, start).append("(\"").append(text, start, end).append("\" | ")
            .append(found.acronym()).append(')');
        copied = end;
        i += found.words().size();
        continue;
      }
      String word = text.substring(span[0], span[1]);
      boolean wholeToken = (span[1] == text.length() || !isWordJoiner(text.charAt(span[1])))
          && (span[0] == 0 || Character.isWhitespace(text.charAt(span[0] - 1)));
      Optional<String> expansion = wholeToken ? expansion(word)
          : Optional.empty();
      if (expansion.isPresent()) {
        out.append(text, copied, span[0]).append('(').append(word).append(" | \"")
            .append(expansion.get()).append("\")");
        copied = span[1];
      }
      i++;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isWordJoiner(char c) {
    return c == '*' || c == '\'' || c == '-';
  }

  private Optional<Expansion> exactExpansion(String phrase) {
    List<String> words = List.of(TextKeys.key(phrase).split(" "));
    return expansions.stream().filter(e -> e.words().equals(words)).findFirst();
  }

  private Expansion expansionAt(List<String> keys, int i) {
    for (Expansion e : expansions) {
      int n = e.words().size();
      if (n >= 2 && i + n <= keys.size() && keys.subList(i, i + n).equals(e.words())) {
        return e;
      }
    }
    return null;
  }
}
