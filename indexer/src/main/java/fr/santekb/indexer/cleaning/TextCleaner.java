package fr.santekb.indexer.cleaning;

import java.util.List;

/** Repairs and normalises the page texts of one document; stateless and thread-safe. */
public final class TextCleaner {
  private final Utf8AsCp1252Repair utf8Repair = new Utf8AsCp1252Repair();
  private final ShiftedFontRepair fontRepair = new ShiftedFontRepair();
  private final SymbolBulletRepair bulletRepair = new SymbolBulletRepair();
  private final GlyphRepair glyphRepair = new GlyphRepair();
  private final PageFurnitureRemover furniture = new PageFurnitureRemover();
  private final Dehyphenator dehyphenator = new Dehyphenator();
  private final DuplicateBlockRemover duplicateRemover = new DuplicateBlockRemover();
  private final WhitespaceNormalizer whitespace = new WhitespaceNormalizer();

  private TextCleaner() {}

  /**
   * The standard pipeline: mojibake repair, symbol-font glyphs, page furniture (stamps, page
   * numbers), de-hyphenation, duplicate removal, whitespace.
   */
  public static TextCleaner standard() {
    return new TextCleaner();
  }

  /**
   * Cleans the pages of one document; returns as many pages as it was given, in the same order.
   * Repairs that depend on evidence (mojibake) and duplicate detection look at the whole document.
   */
  public List<String> clean(List<String> pages) {
    List<String> out = utf8Repair.repair(pages);
    out = fontRepair.repair(out);
    out = bulletRepair.repair(out);
    out = glyphRepair.repair(out);
    out = furniture.remove(out);
    out = dehyphenator.join(out);
    out = duplicateRemover.dropRepeats(out);
    return whitespace.normalise(out);
  }
}
