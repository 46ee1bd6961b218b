package fr.santekb.indexer.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metadata date and keeps it only when plausible: from 1980 (no office file is older) to
 * the end of next year. Broken metadata gives year 1601, 1904 or RTF's {@code -0001-11-28}.
 */
final class MetadataDates {
  static final int FIRST_PLAUSIBLE_YEAR = 1980;
  /** The calendar date at the start of an ISO 8601 value, whatever follows (time, zone, nanos). */
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  private MetadataDates() {}

  static Optional<LocalDate> plausible(String value, LocalDate today) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      // 2014-02-30 and the like: a broken value is no date at all.
      return Optional.empty();
    }
    boolean plausible = date.getYear() >= FIRST_PLAUSIBLE_YEAR
        && date.getYear() <= today.getYear() + 1;
    return plausible ? Optional.of(date) : Optional.empty();
  }
}
