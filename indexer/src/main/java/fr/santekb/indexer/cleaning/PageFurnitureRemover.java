package fr.santekb.indexer.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the furniture printed on every page rather than written by the authors: the transmission
 * stamps of deliberations sent to the préfecture (« Envoyé en préfecture le 02/10/2025 », « Reçu en
 * préfecture le … », « Publié le … », « ID : 059-200043404-20250924-DELIB370A-DE »), and a bare page
 * number (« 12 », « - 12 - », « Page 12 », « 12/54 ») standing as the first or last line of its page
 * close to that page's place in the file. Repeated running headers and footers are the
 * {@link DuplicateBlockRemover}'s job. Runs before de-hyphenation, so that a word cut at the foot of
 * a page meets its end on the next one.
 */
final class PageFurnitureRemover {
  private static final Pattern STAMP = Pattern.compile(
      "(?:(?:envoy[ée]|re[çc]u) en pr[ée]fecture le|publi[ée] le|affich[ée] le)"
          + "(?:\\s+\\d{1,2}/\\d{1,2}/\\d{2,4})?"
          + "|id\\s*:\\s*\\d{3}-\\d{9}-\\d{8}-[\\p{L}\\d_-]+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?:page\\s+|p\\.\\s*)?[-–—]?\\s*(\\d{1,4})\\s*[-–—]?(?:\\s*(?:/|sur)\\s*\\d{1,4})?",
      Pattern.CASE_INSENSITIVE);
  /** How far a printed page number may be from the page's place in the file (covers, annexes). */
  static final int PAGE_NUMBER_SLACK = 10;

  List<String> remove(List<String> pages) {
    List<String> out = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      out.add(clean(pages.get(p), p + 1, pages.size() > 1));
    }
    return out;
  }

  private static String clean(String page, int pageNumber, boolean paged) {
    List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
    lines.removeIf(line -> STAMP.matcher(line.strip()).matches());
    if (paged) {
      dropPageNumber(lines, firstText(lines), pageNumber);
      dropPageNumber(lines, lastText(lines), pageNumber);
    }
    return String.join("\n", lines);
  }

  private static void dropPageNumber(List<String> lines, int index, int pageNumber) {
    if (index < 0) {
      return;
    }
    Matcher m = PAGE_NUMBER.matcher(lines.get(index).strip().toLowerCase(Locale.ROOT));
    if (m.matches() && Math.abs(Integer.parseInt(m.group(1)) - pageNumber) <= PAGE_NUMBER_SLACK) {
      lines.remove(index);
    }
  }

  private static int firstText(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int lastText(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
