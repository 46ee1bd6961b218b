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

  /**
   * The cleaned pages of a document and the repairs that made them.
   *
   * @param pages as many pages as were given, in the same order
   * @param repairs what was repaired, by kind
   */
  public record Cleaned(List<String> pages, Repairs repairs) {
    public Cleaned {
      pages = List.copyOf(pages);
    }
  }

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
    return cleanCounting(pages).pages();
  }

  /** Cleans as {@link #clean} does, and counts the repairs made on the way. */
  public Cleaned cleanCounting(List<String> pages) {
    RepairTally tally = new RepairTally();
    List<String> out = utf8Repair.repair(pages, tally);
    out = fontRepair.repair(out, tally);
    out = bulletRepair.repair(out, tally);
    out = glyphRepair.repair(out, tally);
    out = furniture.remove(out);
    out = dehyphenator.join(out, tally);
    out = duplicateRemover.dropRepeats(out, tally);
    return new Cleaned(whitespace.normalise(out), tally.repairs());
  }
}
