package fr.santekb.indexer.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the "f" that a Wingdings bullet becomes in some PDF extractions ("fUne démarche",
 * "f deux communes", "fdes éléments") back into a bullet. Runs only when at least
 * {@value #MIN_LINES} lines of the document start with an unambiguous "f" (before a space, a capital
 * or a digit); then a leading "f" glued to a French function word ("fune", "fdes") is a bullet too,
 * while real words such as "faire" or "fleur" are never touched.
 */
final class SymbolBulletRepair {
  static final int MIN_LINES = 3;
  private static final Pattern EVIDENCE =
      Pattern.compile("(?m)^[ \\t]*f(?=[ \\t]+\\S|\\p{Lu}|\\d)");
  private static final String FUNCTION_WORDS = "(?:une?|des?|du|la|les?|en|et|à|au|dans|pour|sur"
      + "|par|avec|ces?|cette|son|sa|ses|on|nous|vous|qui|que)(?=[\\s\\p{P}]|$)|[ld][’']";
  private static final Pattern BULLET = Pattern.compile(
      "(?m)^([ \\t]*)f(?:[ \\t]+(?=\\S)|(?=\\p{Lu}|\\d)|(?=" + FUNCTION_WORDS + "))");

  /** Repairs the pages; {@code tally} counts each bullet restored as one BULLETS repair. */
  List<String> repair(List<String> pages, RepairTally tally) {
    long lines = pages.stream().mapToLong(p -> EVIDENCE.matcher(p).results().count()).sum();
    return lines < MIN_LINES ? pages
        : pages.stream().map(p -> tally.replaceAll(BULLET, p, "$1• ", RepairKind.BULLETS))
            .toList();
  }
}
