package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into accent-folded words, computed once per document and shared by every matcher.
 * Words are runs of letters and digits (apostrophes and hyphens separate them: "l’ARS" → "l",
 * "ARS"); the class remembers which words were joined by a hyphen ("Port-de-Bouc") and where a
 * phrase may not continue (sentence punctuation, brackets, bullets, a blank line).
 */
final class Tokens {
  private static final String BREAK_CHARS = ".;:!?()[]{}•|«»\"“”";
  private final String[] exact;
  private final String[] lower;
  private final boolean[] hyphenBefore;
  private final boolean[] breakBefore;
  private final boolean[] lineBefore;
  /** Offsets of each word in the text it was cut from: [start, end). */
  private final int[] starts;
  private final int[] ends;

  private Tokens(List<String> words, List<Boolean> hyphens, List<Boolean> breaks,
      List<Boolean> lines, int[] starts, int[] ends) {
    int n = words.size();
    this.starts = starts;
    this.ends = ends;
    exact = words.toArray(new String[0]);
    lower = new String[n];
    hyphenBefore = new boolean[n];
    breakBefore = new boolean[n];
    lineBefore = new boolean[n];
    for (int i = 0; i < n; i++) {
      lineBefore[i] = lines.get(i);
      lower[i] = exact[i].toLowerCase(Locale.ROOT);
      hyphenBefore[i] = hyphens.get(i);
      breakBefore[i] = breaks.get(i);
    }
  }

  static Tokens of(String text) {
    List<String> words = new ArrayList<>();
    List<Boolean> hyphens = new ArrayList<>();
    List<Boolean> breaks = new ArrayList<>();
    List<Boolean> lines = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int wordEnd = 0;
    int separators = 0;
    int hyphenCount = 0;
    int newlines = 0;
    boolean hardBreak = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int at = i;
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        wordEnd = i;
        if (word.isEmpty()) {
          starts.add(at);
          hyphens.add(separators == 1 && hyphenCount == 1 && !words.isEmpty());
          breaks.add(hardBreak || newlines >= 2);
          lines.add(newlines >= 1);
          separators = 0;
          hyphenCount = 0;
          newlines = 0;
          hardBreak = false;
        }
        TextKeys.appendFolded(word, cp);
      } else if (isMark(cp) && !word.isEmpty()) {
        wordEnd = i;
        continue; // a combining accent inside a word
      } else {
        if (!word.isEmpty()) {
          words.add(word.toString());
          ends.add(wordEnd);
          word.setLength(0);
        }
        separators++;
        if (cp == '-' || cp == 0x2010 || cp == 0x2011) {
          hyphenCount++;
        } else if (cp == '\n') {
          newlines++;
        } else if (cp < 0x10000 && BREAK_CHARS.indexOf(cp) >= 0) {
          hardBreak = true;
        }
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
      ends.add(wordEnd);
    }
    return new Tokens(words, hyphens, breaks, lines,
        starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Where word {@code i} starts in the text it was cut from. */
  int start(int i) {
    return starts[i];
  }

  /** Where word {@code i} ends (exclusive) in the text it was cut from. */
  int end(int i) {
    return ends[i];
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  int size() {
    return exact.length;
  }

  /** The folded word with its case. */
  String exact(int i) {
    return exact[i];
  }

  /** The folded word in lower case. */
  String lower(int i) {
    return lower[i];
  }

  /** Whether word {@code i} is joined to the previous word by a single hyphen. */
  boolean hyphenBefore(int i) {
    return i > 0 && i < exact.length && hyphenBefore[i];
  }

  /** Whether a phrase may not run from word {@code i - 1} into word {@code i}. */
  boolean breakBefore(int i) {
    return breakBefore[i];
  }

  /** Whether a line ends between word {@code i - 1} and word {@code i}. */
  boolean lineBefore(int i) {
    return lineBefore[i];
  }

  /** Whether the span [from, to) has no phrase break inside. */
  boolean unbroken(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (breakBefore[k]) {
        return false;
      }
    }
    return true;
  }

  /** The first {@code max} words. */
  Tokens head(int max) {
    if (max >= exact.length) {
      return this;
    }
    List<String> words = List.of(exact).subList(0, max);
    List<Boolean> hyphens = new ArrayList<>(max);
    List<Boolean> breaks = new ArrayList<>(max);
    List<Boolean> lines = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      hyphens.add(hyphenBefore[i]);
      breaks.add(breakBefore[i]);
      lines.add(lineBefore[i]);
    }
    return new Tokens(words, hyphens, breaks, lines, Arrays.copyOf(starts, max),
        Arrays.copyOf(ends, max));
  }
}
