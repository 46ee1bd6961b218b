package fr.santekb.api.results;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text that start with one of the words being typed, ignoring case and accents. */
final class TypedWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private TypedWords() {}

  /** Ranges [start, end) of the words of {@code text} that start with a word of {@code typed}. */
  static List<int[]> ranges(String text, String typed) {
    List<String> prefixes = new ArrayList<>();
    Matcher t = WORD.matcher(TextKeys.foldLower(typed));
    while (t.find()) {
      prefixes.add(t.group());
    }
    List<int[]> out = new ArrayList<>();
    if (prefixes.isEmpty()) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = TextKeys.foldLower(m.group());
      if (prefixes.stream().anyMatch(word::startsWith)) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }
}
