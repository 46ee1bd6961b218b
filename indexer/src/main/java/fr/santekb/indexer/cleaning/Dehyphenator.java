package fr.santekb.indexer.cleaning;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins words cut by a hyphen at a line break ("santé publi-\nque" → "santé publique"). Only when
 * the next line starts with a lower-case letter: a capital after the break ("Port-de-\nBouc") marks
 * a real compound, which keeps its hyphen and its line break. A lower-case compound keeps its hyphen
 * too ("bucco-\ndentaire" → "bucco-dentaire") when the page also writes it hyphenated on one line or
 * its first part is a prefix that French always hyphenates ("médico-", "socio-", "sous-"...).
 */
final class Dehyphenator {
  private static final Pattern BREAK = Pattern.compile(
      "(\\p{L}+)[-\\u00AD\\u2010][ \\t\\u00A0]*\\r?\\n[ \\t\\u00A0]*(\\p{Ll}+)");
  private static final Pattern QUICK_CHECK = Pattern.compile("[-\\u00AD\\u2010][ \\t\\u00A0]*\\r?\\n");
  private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");
  private static final Set<String> HYPHENATED_PREFIXES = Set.of("médico", "socio", "bucco",
      "psycho", "porte", "demi", "non", "vice", "sous", "après", "avant", "peut", "mi", "semi",
      "extra", "ex", "auto", "sage", "sages", "grand", "grands", "belle", "beau", "ci", "là", "à");

  /** Joins the cut words of each page; {@code tally} counts each join as one HYPHENATION repair. */
  List<String> join(List<String> pages, RepairTally tally) {
    return pages.stream().map(p -> joinPage(p, tally)).toList();
  }

  private static String joinPage(String page, RepairTally tally) {
    if (!QUICK_CHECK.matcher(page).find()) {
      return page;
    }
    Matcher m = BREAK.matcher(page);
    StringBuilder sb = new StringBuilder(page.length());
    Set<String> compounds = null;
    while (m.find()) {
      String head = m.group(1);
      String tail = m.group(2);
      if (compounds == null) {
        compounds = COMPOUND.matcher(page).results().map(r -> r.group().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
      }
      boolean keepHyphen = HYPHENATED_PREFIXES.contains(head.toLowerCase(Locale.ROOT))
          || compounds.contains((head + "-" + tail).toLowerCase(Locale.ROOT));
      m.appendReplacement(sb, Matcher.quoteReplacement(head + (keepHyphen ? "-" : "") + tail));
      tally.add(RepairKind.HYPHENATION);
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
