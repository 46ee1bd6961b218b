package fr.santekb.indexer.cleaning;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or ISO-8859-1 ("Ã©" → "é", "â€™" → "’").
 * Runs only when the document shows an unmistakable marker ("Ã" + a continuation character, "â€",
 * "Â" + a Latin-1 symbol), and replaces a sequence only when its bytes are valid UTF-8 that decodes
 * to a Latin letter or common punctuation, so real "É»" or Portuguese "Ã" survive elsewhere.
 */
final class Utf8AsCp1252Repair {
  /** The characters windows-1252 gives to bytes 0x80–0x9F; unassigned bytes stay C1 controls. */
  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D"
          + "\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
          + "\u009D\u017E\u0178";
  private static final String CONT = "[\\u0080-\\u00BF" + CP1252_HIGH + "]";
  private static final Pattern SEQUENCE = Pattern.compile("[\\u00C2-\\u00DF]" + CONT
      + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");
  private static final Pattern MARKER =
      Pattern.compile("\u00C3" + CONT + "|\u00E2\u20AC|\u00C2[\\u00A0-\\u00BF]");
  /** "à" is C3 A0; once the no-break space became a plain space only "Ã" is left. */
  private static final Pattern LONE_A_GRAVE = Pattern.compile("\u00C3(?= )");
  private static final int MAX_ROUNDS = 2;

  /** Repairs the pages; {@code tally} counts each sequence decoded as one ENCODING repair. */
  List<String> repair(List<String> pages, RepairTally tally) {
    List<String> out = pages;
    for (int round = 0; round < MAX_ROUNDS && out.stream().anyMatch(p -> MARKER.matcher(p).find());
        round++) {
      out = out.stream().map(p -> repairPage(p, tally)).toList();
    }
    return out;
  }

  private static String repairPage(String page, RepairTally tally) {
    Matcher m = SEQUENCE.matcher(page);
    StringBuilder sb = new StringBuilder(page.length());
    int repaired = 0;
    while (m.find()) {
      String decoded = decode(m.group());
      repaired += decoded.equals(m.group()) ? 0 : 1;
      m.appendReplacement(sb, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(sb);
    tally.add(RepairKind.ENCODING, repaired);
    return tally.replaceAll(LONE_A_GRAVE, sb, "\u00E0", RepairKind.ENCODING);
  }

  /** The UTF-8 reading of the sequence's windows-1252 bytes, or the sequence itself. */
  private static String decode(String sequence) {
    byte[] bytes = new byte[sequence.length()];
    for (int i = 0; i < sequence.length(); i++) {
      char c = sequence.charAt(i);
      int high = CP1252_HIGH.indexOf(c);
      bytes[i] = (byte) (c <= 0xFF ? c : 0x80 + high);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer decoded;
    try {
      decoded = decoder.decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return sequence; // not UTF-8: the characters were meant as they are
    }
    String text = decoded.toString();
    return text.codePoints().allMatch(Utf8AsCp1252Repair::plausible) ? text : sequence;
  }

  private static boolean plausible(int cp) {
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x20AC
        || cp == 0x2122;
  }
}
