package fr.santekb.indexer.contracts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a contract's validity period, first found wins: a range of years in the title (« CLS
 * 2019 - 2023 »); one on the cover, the opening of the text (« 2025/2028 »); the range most often
 * written just after a contract's name (« Contrat Local de Santé (CLS) de la Ville de Marseille
 * 2024-2026 »); else « pour une durée de 3 ans » from the year of signature (signed in 2025: 2025 to
 * 2028, as the contracts write it). A range spans
 * 1 to {@value #MAX_YEARS} years, from 1990 on: « 2014-2019 » in a report on something else is only
 * taken near a contract's name.
 */
public final class PeriodDetector {
  static final int MAX_YEARS = 10;
  /** Characters of the opening in which a range is the document's own (a cover page). */
  static final int OPENING_CHARS = 600;
  /** How far after a contract's name its range of years may stand. */
  static final int NEAR_CHARS = 120;
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\d/.])((?:19|20)\\d{2})\\s*(?:-|–|—|/|à|au)\\s*((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern CONTRACT_NAME = Pattern.compile(
      "(?iu)contrats? locaux? de sant[ée]|contrat local de sant[ée] mentale|contrat de ville"
          + "|plans? locaux? de sant[ée] publique|plan d['’]actions?|\\bCLSM?\\b|\\bPLSP\\b"
          + "|contrat\\b");
  private static final Pattern DURATION = Pattern.compile(
      "(?iu)pour une dur[ée]e de (\\d{1,2}|un|deux|trois|quatre|cinq|six) ans");
  private static final Pattern SIGNED = Pattern.compile(
      "(?iu)(?:sign[ée]e? le|fait [àa] [^,\\n]{1,40},? le|en date du)\\s+[^\\n]{0,25}?((?:19|20)\\d{2})");
  private static final Map<String, Integer> WORDS = Map.of("un", 1, "deux", 2, "trois", 3,
      "quatre", 4, "cinq", 5, "six", 6);

  public Optional<Period> find(String title, String text) {
    return firstRange(title)
        .or(() -> firstRange(text.substring(0, Math.min(OPENING_CHARS, text.length()))))
        .or(() -> nearContractName(text))
        .or(() -> fromDuration(text));
  }

  private static Optional<Period> firstRange(String text) {
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      Optional<Period> p = period(m);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<Period> period(Matcher m) {
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    return from >= 1990 && to > from && to - from <= MAX_YEARS
        ? Optional.of(new Period(from, to)) : Optional.empty();
  }

  /** The range written most often within {@value #NEAR_CHARS} characters after a contract's name. */
  private static Optional<Period> nearContractName(String text) {
    Map<Period, Integer> counts = new LinkedHashMap<>();
    Matcher name = CONTRACT_NAME.matcher(text);
    Matcher range = RANGE.matcher(text);
    int searchedTo = 0;
    while (name.find()) {
      int from = Math.max(name.end(), searchedTo);
      int to = Math.min(text.length(), name.end() + NEAR_CHARS);
      if (from >= to) {
        continue;
      }
      range.region(from, to);
      while (range.find()) {
        period(range).ifPresent(p -> counts.merge(p, 1, Integer::sum));
      }
      searchedTo = to;
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private static Optional<Period> fromDuration(String text) {
    Matcher d = DURATION.matcher(text);
    Matcher s = SIGNED.matcher(text);
    if (!d.find() || !s.find()) {
      return Optional.empty();
    }
    String n = d.group(1).toLowerCase(Locale.ROOT);
    int years = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
    int from = Integer.parseInt(s.group(1));
    return years >= 1 && years <= MAX_YEARS && from >= 1990
        ? Optional.of(new Period(from, from + years)) : Optional.empty();
  }
}
