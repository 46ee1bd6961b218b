package fr.santekb.indexer.cleaning;

import java.util.Locale;

/** The kinds of damage the cleaning step repairs, as counted in a document's {@link Repairs}. */
public enum RepairKind {
  /** Mojibake: UTF-8 read as windows-1252 (« santÃ© »), Mac-Roman fonts shifted (« ®lev® »). */
  ENCODING,
  /** Symbol-font bullets turned into « • » (a Wingdings « f », a private-use glyph, a lone « â »). */
  BULLETS,
  /** Other symbol-font glyphs: private-use characters dropped, « nê 2002 » read as « n° 2002 ». */
  GLYPHS,
  /** Words cut by a hyphen at a line end, joined again. */
  HYPHENATION,
  /** Blocks that repeated earlier text verbatim, dropped. */
  DUPLICATES;

  /** The name reports and the API use: lower case ("encoding"). */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
