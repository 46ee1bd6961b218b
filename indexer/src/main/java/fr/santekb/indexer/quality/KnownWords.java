package fr.santekb.indexer.quality;

import fr.santekb.indexer.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The French word forms of {@code config/analysis/}: {@value #WORD_LIST} (Debian's wfrench, 346,000
 * forms) and {@value #EXTRA_WORDS} (the project's words the list lacks). A word is known when its
 * lower-cased form is listed, with its accents: « santé » is known, the mojibake « santÃ » is not.
 * Immutable and thread-safe.
 */
public final class KnownWords {
  static final String WORD_LIST = "french_words.txt";
  static final String EXTRA_WORDS = "french_words_extra.txt";
  /** One lower-case form: letters, apostrophes, hyphens, and the dots of abbreviations (« c.-à-d. »). */
  private static final Pattern FORM = Pattern.compile("[\\p{Ll}'.\\-]+");
  /** Elided words a form may start with: « l’état » is known when « état » is. */
  private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
      "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu");

  private final Set<String> forms;

  /**
   * Reads both lists of {@code analysisDir}; a missing file or a line that is not one lower-case
   * form fails with the file and the line number.
   */
  public static KnownWords load(Path analysisDir) {
    Set<String> forms = new HashSet<>(400_000);
    read(analysisDir.resolve(WORD_LIST), forms);
    read(analysisDir.resolve(EXTRA_WORDS), forms);
    // Not Set.copyOf: a second table of 346,000 entries would double the load time.
    return new KnownWords(Collections.unmodifiableSet(forms));
  }

  private KnownWords(Set<String> forms) {
    this.forms = forms;
  }

  private static void read(Path file, Set<String> forms) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": word list not found");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String form = line.strip();
        if (form.isEmpty() || form.startsWith("#")) {
          continue;
        }
        if (!FORM.matcher(form).matches()) {
          throw new ConfigException(file + ":" + number
              + ": must be one lower-case word form (got '" + form + "')");
        }
        forms.add(normalise(form));
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read as UTF-8: " + e, e);
    }
  }

  /** Lower case, typographic apostrophe as ASCII, ligatures spelt out (the list writes « oeuvre »). */
  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\u2019' || c == 'œ' || c == 'æ') {
        return w.replace('\u2019', '\'').replace("œ", "oe").replace("æ", "ae");
      }
    }
    return w;
  }

  /** {@code word} without the elided word it starts with (« d’AVC » → « AVC »), else itself. */
  static String withoutElision(String word) {
    int apostrophe = indexOfApostrophe(word);
    return apostrophe > 0 && ELIDED.contains(normalise(word.substring(0, apostrophe)))
        ? word.substring(apostrophe + 1) : word;
  }

  private static int indexOfApostrophe(String word) {
    int ascii = word.indexOf('\'');
    int typographic = word.indexOf('\u2019');
    return ascii < 0 ? typographic : typographic < 0 ? ascii : Math.min(ascii, typographic);
  }

  /** How many forms are listed. */
  public int size() {
    return forms.size();
  }

  /**
   * Whether {@code word} (letters, maybe joined by apostrophes or hyphens) is French: listed as
   * it is; or an elided word and a known word (« l’évaluation »); or known parts joined by hyphens,
   * one-letter parts aside (« a-t-il », « e-santé » when « santé » is known).
   */
  public boolean isKnown(String word) {
    String w = normalise(word);
    if (forms.contains(w)) {
      return true;
    }
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0 && ELIDED.contains(w.substring(0, apostrophe))) {
      return isKnown(w.substring(apostrophe + 1));
    }
    if (w.indexOf('-') > 0) {
      boolean anyPart = false;
      for (String part : w.split("-")) {
        if (part.length() > 1) {
          if (!isKnown(part)) {
            return false;
          }
          anyPart = true;
        }
      }
      return anyPart;
    }
    return false;
  }
}
