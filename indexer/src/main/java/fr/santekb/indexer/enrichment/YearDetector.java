package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.extraction.ExtractedDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a document's main year (signature or publication), first found wins: the year the first
 * page declares as the document's own ("Année courante : 2014", "année de référence 2019"), a year
 * in the title (unless the title is only the file name) or the short ones among the first
 * {@value #HEAD_LINES} non-blank lines (the "2024" under an action record's title, the
 * "2019-2023" of a contract's title: its first year), then a two-digit-year date in those lines
 * ("Version validée du 20.01.20"), then a date alone on one of the first {@value #DATE_LINES}
 * lines ("Juin 2006"), then an action record's start year, then the year of the full dates
 * standing on short lines among the first {@value #FULL_DATE_LINES} of the first page when they
 * all share it (« 10/01/2024 » in a table, « Paris, le 3 mai 2002 »: the text says when it was
 * written or used, which the file's dates do not — one invoice model saved in three formats
 * carries three creation years; a date in a sentence cites an event, and « au 1er janvier 2011 »
 * the reference date of figures, neither the document), then a year in a title made from the
 * file name, then the metadata creation date, then the most frequent year of the first page;
 * years inside web addresses never count. Only plausible years count:
 * {@value #MIN_YEAR} to next year. A sidecar year overrides all this elsewhere.
 */
final class YearDetector {
  static final int HEAD_LINES = 3;
  static final int MIN_YEAR = 1990;
  static final int MAX_HEAD_LINE_CHARS = 150;
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d]|[.,]\\d)");
  /** A year the text declares as the one it is about, whatever dates stand above it. */
  private static final Pattern DECLARED_YEAR = Pattern.compile("(?iu)\\bann[ée]e\\s+(?:courante"
      + "|de\\s+r[ée]f[ée]rence|d['’]activit[ée]|d['’]exercice|concern[ée]e)\\s*:?\\s*"
      + "((?:19|20)\\d{2})\\b");
  /** A web address: its years name a page of someone else's site, not this document's date. */
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  /** A date with a two-digit year, « 20.01.20 », « 8/11/01 »: years 2000 to 2099 only. */
  private static final Pattern SHORT_DATE = Pattern.compile(
      "(?<![\\p{L}\\d./])(?:0?[1-9]|[12]\\d|3[01])[./](?:0?[1-9]|1[0-2])[./](\\d{2})(?![\\d./])");
  /** A full date, numeric (« 10/01/2024 », « 3.5.2002 ») or written (« 1er mars 2024 »). */
  private static final Pattern FULL_DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d./-])"
      + "(?<!\\bau\\s)(?:"
      + "(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-]((?:19|20)\\d{2})"
      + "|(?:1er|0?[1-9]|[12]\\d|3[01])\\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t"
      + "|septembre|octobre|novembre|d[ée]cembre)\\s+((?:19|20)\\d{2}))(?![\\d])");
  /** What precedes the date of another text: « le décret du », « circulaire n° 700 du ». */
  private static final Pattern CITED_TEXT = Pattern.compile("(?iu)\\b(?:d[ée]cret|loi|arr[êe]t[ée]"
      + "|circulaire|ordonnance|instruction|directive|d[ée]lib[ée]ration|convention)\\b[^\\n]{0,30}"
      + "\\bdu\\s*$");
  /** Longest line whose dates date the document: a dateline or a table cell, not a sentence. */
  static final int MAX_DATE_LINE_CHARS = 60;
  /** Non-blank lines of the first page read for dates (a page-less format is one long page). */
  static final int FULL_DATE_LINES = 40;
  /** A line that is only a date: « Juin 2006 », « le 3 mai 2002 », « 1er septembre 2015 ». */
  private static final Pattern DATE_LINE = Pattern.compile("(?iu)(?:le\\s+)?(?:\\d{1,2}(?:er)?\\s+)?"
      + "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
      + "|d[ée]cembre)\\s+((?:19|20)\\d{2})");
  /** Non-blank lines of the first page where a date line is looked for. */
  static final int DATE_LINES = 12;
  private final int maxYear;

  /** @param currentYear the year of the run: years after the next one are not plausible */
  YearDetector(int currentYear) {
    this.maxYear = currentYear + 1;
  }

  Optional<Integer> mainYear(ExtractedDocument document, Optional<ActionRecord> record) {
    String firstPage = withoutUrls(document.pages().get(0));
    String head = head(firstPage);
    // A title made from the file name is the file's metadata, not what the text says.
    String title = withoutUrls(document.title());
    boolean fileName = document.titleIsFileName();
    return declaredYear(firstPage)
        .or(() -> fileName ? Optional.empty() : firstYear(title))
        .or(() -> firstYear(head))
        .or(() -> shortDateYear(head))
        .or(() -> dateLineYear(firstPage))
        .or(() -> record.flatMap(ActionRecord::startYear).filter(this::plausible))
        .or(() -> fullDatesYear(firstPage))
        .or(() -> fileName ? firstYear(title) : Optional.empty())
        .or(() -> document.created().map(d -> d.getYear()).filter(this::plausible))
        .or(() -> mostFrequentYear(firstPage));
  }

  /** The text with its web addresses blanked ("…/bassin-vie-2012.htm" dates no document). */
  static String withoutUrls(String text) {
    return URL.matcher(text).replaceAll(" ");
  }

  /**
   * The year of a date standing alone on one of the first {@value #DATE_LINES} non-blank lines,
   * as a cover prints it below the title (« Juin 2006 », « 3 mai 2002 », « Septembre 2015 »).
   */
  private Optional<Integer> dateLineYear(String page) {
    return page.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(DATE_LINES)
        .map(DATE_LINE::matcher).filter(Matcher::matches)
        .map(m -> Integer.parseInt(m.group(1))).filter(this::plausible).findFirst();
  }

  /** The year of the first plausible two-digit-year date (« validée du 20.01.20 »: 2020). */
  private Optional<Integer> shortDateYear(String text) {
    Matcher m = SHORT_DATE.matcher(text);
    while (m.find()) {
      int year = 2000 + Integer.parseInt(m.group(1));
      if (plausible(year)) {
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  /**
   * The one year of every plausible full date on the page's short lines; none when they disagree
   * or there are none. A line ending with a full stop is a sentence, and « décret du 3 mai 2002 »
   * dates another text: neither counts.
   */
  private Optional<Integer> fullDatesYear(String page) {
    Integer found = null;
    int lines = 0;
    for (String line : page.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (++lines > FULL_DATE_LINES) {
        break;
      }
      String stripped = line.strip();
      if (stripped.length() > MAX_DATE_LINE_CHARS || stripped.endsWith(".")) {
        continue;
      }
      Matcher m = FULL_DATE.matcher(line);
      while (m.find()) {
        if (CITED_TEXT.matcher(line.substring(0, m.start())).find()) {
          continue;
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (!plausible(year)) {
          continue;
        }
        if (found != null && found.intValue() != year) {
          return Optional.empty();
        }
        found = year;
      }
    }
    return Optional.ofNullable(found);
  }

  private Optional<Integer> declaredYear(String page) {
    Matcher m = DECLARED_YEAR.matcher(page);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (plausible(year)) {
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  /** The short lines among the first non-blank ones: title-like lines, not running text. */
  private static String head(String page) {
    StringBuilder sb = new StringBuilder();
    int lines = 0;
    int start = 0;
    while (lines < HEAD_LINES && start < page.length()) {
      int end = page.indexOf('\n', start);
      String line = page.substring(start, end < 0 ? page.length() : end);
      start = end < 0 ? page.length() : end + 1;
      if (!line.isBlank()) {
        lines++;
        if (line.length() <= MAX_HEAD_LINE_CHARS) {
          sb.append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private Optional<Integer> firstYear(String text) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group());
      if (plausible(year)) {
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> mostFrequentYear(String page) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(page);
    while (m.find()) {
      int year = Integer.parseInt(m.group());
      if (plausible(year)) {
        counts.merge(year, 1, Integer::sum);
      }
    }
    // Ties go to the latest year: a document cites older years more than newer ones.
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  boolean plausible(int year) {
    return year >= MIN_YEAR && year <= maxYear;
  }
}
