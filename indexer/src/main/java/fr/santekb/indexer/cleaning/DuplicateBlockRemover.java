package fr.santekb.indexer.cleaning;

import fr.santekb.indexer.contracts.StructureFinder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops blocks that repeat, verbatim, text seen earlier in the same document (exports that print a
 * paragraph or a list twice, running headers). The unit is a run of consecutive lines that all occur
 * earlier (blank lines neither break nor join a run); a run is dropped when one of its lines has at
 * least {@value #MIN_LINE_CHARS} characters, so repeated short lines ("Oui", "Public", table cells)
 * stay unless they sit inside a repeated block. Every distinct line is kept once, at its first place,
 * except the headings of a contract's structure (« ARTICLE 3 : … », « Fiche projet N°2 »), kept
 * wherever they stand: a table of contents writes them first.
 */
final class DuplicateBlockRemover {
  static final int MIN_LINE_CHARS = 40;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

  /** Drops repeated blocks; {@code tally} counts each block dropped as one DUPLICATES repair. */
  List<String> dropRepeats(List<String> pages, RepairTally tally) {
    List<String[]> lines = new ArrayList<>(pages.size());
    List<String> keys = new ArrayList<>();
    for (String page : pages) {
      String[] pageLines = page.split("\n", -1);
      lines.add(pageLines);
      for (String line : pageLines) {
        keys.add(SPACES.matcher(line).replaceAll(" ").strip());
      }
    }
    boolean[] drop = findDroppedLines(keys, tally);
    List<String> out = new ArrayList<>(pages.size());
    int index = 0;
    for (String[] pageLines : lines) {
      StringBuilder sb = new StringBuilder();
      boolean first = true;
      for (String line : pageLines) {
        if (!drop[index++]) {
          if (!first) {
            sb.append('\n');
          }
          sb.append(line);
          first = false;
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static boolean[] findDroppedLines(List<String> keys, RepairTally tally) {
    int n = keys.size();
    boolean[] repeated = new boolean[n];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String key = keys.get(i);
      // A heading written again (in the table of contents, then above its text) is structure.
      repeated[i] = !key.isEmpty() && !seen.add(key) && !StructureFinder.isHeading(key);
    }
    boolean[] drop = new boolean[n];
    int i = 0;
    while (i < n) {
      if (!repeated[i]) {
        i++;
        continue;
      }
      int end = i;
      boolean anchored = false;
      for (int j = i; j < n && (repeated[j] || keys.get(j).isEmpty()); j++) {
        if (repeated[j]) {
          end = j + 1;
          anchored |= keys.get(j).length() >= MIN_LINE_CHARS;
        }
      }
      if (anchored) {
        tally.add(RepairKind.DUPLICATES);
        for (int j = i; j < end; j++) {
          drop[j] = repeated[j];
        }
      }
      i = end;
    }
    return drop;
  }
}
