package fr.santekb.indexer.cleaning;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text from PDF fonts whose Mac-Roman codes were read as Latin-1 shifted by 0x20, as in
 * "Lõexp®rience", "dõenfants", "®lev®", "acc¯s", "mise en ïuvre" (→ "L’expérience", "d’enfants",
 * "élevé", "accès", "mise en œuvre"). Such documents mix repaired and intact fonts, so only
 * characters that are implausible next to letters in French are mapped, and only when the document
 * shows the pattern at least {@value #MIN_EVIDENCE} times; a real "õ" in a Portuguese name or a
 * trademark "®" in an ordinary document is left alone.
 */
final class ShiftedFontRepair {
  static final int MIN_EVIDENCE = 3;
  private static final String VOWEL = "[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ]";
  private static final String ELIDED = "(?<!\\p{L})(?:[ldnjstcmLDNJSTCM]|[Qq]u)";
  private static final Pattern EVIDENCE = Pattern.compile(
      "(?<=\\p{L})[®¯](?=\\p{L})|(?<!\\p{L})®(?=\\p{Ll})|(?<=\\p{L})®(?!\\p{L})"
          + "|" + ELIDED + " ?õ(?=" + VOWEL + ")");
  /** "l õEtat", "s ôappuyant": an elided word, a stray space, then the quote glyph. */
  private static final Pattern SPACED_QUOTE =
      Pattern.compile("(" + ELIDED + ") [õô](?=\\p{L})");
  private static final Pattern RIGHT_QUOTE = Pattern.compile("(?<=\\p{L})õ(?=\\p{L})");
  private static final Pattern LEFT_QUOTE = Pattern.compile("(" + ELIDED + ")ô(?=" + VOWEL + ")");
  private static final Pattern OE = Pattern.compile("[ïî](?=u)");
  private static final Pattern LONE_A_GRAVE = Pattern.compile("(?<=\\s)¨(?=\\s)");
  private static final Pattern DASH = Pattern.compile("ð");
  /** Latin-1 symbol → the Mac-Roman letter 0x20 below it, for symbols touching a letter. */
  private static final Map<Character, Character> LETTERS = Map.ofEntries(
      Map.entry('®', 'é'), Map.entry('¯', 'è'), Map.entry('°', 'ê'), Map.entry('±', 'ë'),
      Map.entry('´', 'î'), Map.entry('µ', 'ï'), Map.entry('¹', 'ô'), Map.entry('½', 'ù'),
      Map.entry('¾', 'û'), Map.entry('¨', 'à'), Map.entry('©', 'â'), Map.entry('§', 'á'),
      Map.entry('\u00AD', 'ç'));
  private static final Pattern LETTER_SYMBOL =
      Pattern.compile("(?<=\\p{L})[®¯°±´µ¹½¾¨©§\\u00AD]|[®¯°±´µ¹½¾¨©§\\u00AD](?=\\p{L})");
  /** Capitals: "£tat" → "État", "¢a" → "Ça". */
  private static final Pattern CAPITAL_E = Pattern.compile("£(?=\\p{L})");
  private static final Pattern CAPITAL_C = Pattern.compile("¢(?=\\p{L})");

  /** Repairs the pages; {@code tally} counts each character or quote mapped as one ENCODING repair. */
  List<String> repair(List<String> pages, RepairTally tally) {
    int evidence = 0;
    for (String page : pages) {
      if (page.indexOf('®') < 0 && page.indexOf('õ') < 0) {
        continue; // the common case, decided without a regex scan
      }
      Matcher m = EVIDENCE.matcher(page);
      while (m.find() && evidence < MIN_EVIDENCE) {
        evidence++;
      }
    }
    return evidence < MIN_EVIDENCE ? pages : pages.stream().map(p -> repairPage(p, tally))
        .toList();
  }

  private static String repairPage(String page, RepairTally tally) {
    // Letters first: "lõ®laboration" needs "é" in place before the quote rules look for a letter.
    String s = LETTER_SYMBOL.matcher(page).replaceAll(m -> {
      tally.add(RepairKind.ENCODING);
      return String.valueOf(LETTERS.get(m.group().charAt(0)));
    });
    s = tally.replaceAll(CAPITAL_E, s, "É", RepairKind.ENCODING);
    s = tally.replaceAll(CAPITAL_C, s, "Ç", RepairKind.ENCODING);
    s = tally.replaceAll(SPACED_QUOTE, s, "$1’", RepairKind.ENCODING);
    s = tally.replaceAll(RIGHT_QUOTE, s, "’", RepairKind.ENCODING);
    s = tally.replaceAll(LEFT_QUOTE, s, "$1’", RepairKind.ENCODING);
    s = tally.replaceAll(OE, s, "œ", RepairKind.ENCODING);
    s = tally.replaceAll(LONE_A_GRAVE, s, "à", RepairKind.ENCODING);
    return tally.replaceAll(DASH, s, "–", RepairKind.ENCODING);
  }
}
