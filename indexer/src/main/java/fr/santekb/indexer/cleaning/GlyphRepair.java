package fr.santekb.indexer.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs what symbol fonts leave in extracted text, where it makes a non-word into a word or a
 * bullet: private-use glyphs (U+E000–U+F8FF, e.g. the Symbol-font bullet U+F0B7 of Word files)
 * become a bullet at the start of a line and are dropped elsewhere; a line starting with a lone
 * "â" before a capital or a digit, or a lone "Ø" before a capital (not a diameter, "Ø 10 mm"), is a
 * bullet from a Wingdings font ("â Circulaire DGS…"); "nê" before a
 * number is the "n°" of a broken font ("circulaire nê 2002/284"), since "nê" is no French word.
 */
final class GlyphRepair {
  private static final Pattern LINE_START_PRIVATE =
      Pattern.compile("(?m)^([ \\t]*)[\\uE000-\\uF8FF]+[ \\t]*");
  private static final Pattern PRIVATE = Pattern.compile("[\\uE000-\\uF8FF]");
  private static final Pattern LONE_GLYPH_BULLET =
      Pattern.compile("(?m)^([ \\t]*)(?:â[ \\t]+(?=\\p{Lu}|\\d)|Ø[ \\t]+(?=\\p{Lu}))");
  private static final Pattern BROKEN_NUMERO = Pattern.compile("(?<![\\p{L}])([nN])ê(?=\\s?\\d)");

  /** Repairs the pages; {@code tally} counts bullets as BULLETS, other glyphs as GLYPHS. */
  List<String> repair(List<String> pages, RepairTally tally) {
    return pages.stream().map(p -> repairPage(p, tally)).toList();
  }

  static String repairPage(String page) {
    return repairPage(page, new RepairTally());
  }

  static String repairPage(String page, RepairTally tally) {
    String out = tally.replaceAll(LINE_START_PRIVATE, page, "$1• ", RepairKind.BULLETS);
    out = tally.replaceAll(PRIVATE, out, "", RepairKind.GLYPHS);
    out = tally.replaceAll(LONE_GLYPH_BULLET, out, "$1• ", RepairKind.BULLETS);
    return tally.replaceAll(BROKEN_NUMERO, out, "$1°", RepairKind.GLYPHS);
  }
}
