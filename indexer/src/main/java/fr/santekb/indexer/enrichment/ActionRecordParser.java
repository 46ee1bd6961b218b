package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises an OSCARS-style action record ("fiche action"): field labels on their own line
 * ("Thème", "Partenaire de l'action", "Commune"...) or followed by a colon ("Porteur de l'action :
 * ..."), each field running to the next label. A text is a record when it shows at least
 * {@value #MIN_LABELS} labels, {@value #MIN_RECORD_LABELS} of them specific to such records, so that
 * a report with "Contexte" and "Description" headings is not one.
 */
final class ActionRecordParser {
  static final int MIN_LABELS = 4;
  static final int MIN_RECORD_LABELS = 2;
  private static final String PORTEUR = "porteur de l action";
  private static final Set<String> THEMES = keys("Thème", "Thèmes", "Thématique", "Thématiques");
  private static final Set<String> PARTNERS = keys("Partenaire de l'action",
      "Partenaires de l'action");
  private static final Set<String> COMMUNES = keys("Commune", "Communes");
  private static final String START_YEAR = "annee de debut de realisation";
  private static final String LEVEL = "niveau territorial de sante";
  private static final String CATEGORIES = "categorisation";
  private static final Set<String> RECORD_LABELS = Stream.of(keys("Porteur de l'action",
      "Année de début de réalisation", "Niveau territorial de santé", "Niveau géographique",
      "Catégorisation", "Autres programmes ou dispositifs", "Communication et valorisation de "
      + "l'action", "Lieu d'intervention", "Type d'action"), PARTNERS).flatMap(Set::stream)
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> LABELS = Stream.of(RECORD_LABELS, THEMES, COMMUNES,
      keys("Contexte", "Objectif de l'action", "Objectifs de l'action", "Description",
          "Fréquence", "Public", "Financeur", "Financeurs"))
      .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
  private static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z]\\d?");

  private static Set<String> keys(String... labels) {
    return Stream.of(labels).map(TextKeys::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The record's fields, or empty when the text is not an action record. */
  Optional<ActionRecord> parse(String text) {
    Map<String, List<String>> fields = new HashMap<>();
    List<String> current = null;
    String title = null;
    for (String rawLine : text.split("\n")) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (title == null) {
        title = line;
      }
      int colon = line.indexOf(':');
      String key = TextKeys.key(colon > 0 ? line.substring(0, colon) : line);
      if (LABELS.contains(key) && !fields.containsKey(key)) {
        current = new ArrayList<>();
        fields.put(key, current);
        String inline = colon > 0 ? line.substring(colon + 1).strip() : "";
        if (!inline.isEmpty()) {
          current.add(inline);
        }
      } else if (current != null) {
        current.add(line);
      }
    }
    long recordLabels = fields.keySet().stream().filter(RECORD_LABELS::contains).count();
    if (fields.size() < MIN_LABELS || recordLabels < MIN_RECORD_LABELS) {
      return Optional.empty();
    }
    return Optional.of(new ActionRecord(Optional.ofNullable(title),
        first(fields, Set.of(PORTEUR)),
        splitOutsideParentheses(String.join(", ", lines(fields, THEMES)), ','),
        splitOutsideParentheses(String.join(" ; ", lines(fields, PARTNERS)), ';'),
        splitOutsideParentheses(String.join(", ", lines(fields, COMMUNES)), ','),
        first(fields, Set.of(LEVEL)),
        startYear(lines(fields, Set.of(START_YEAR))),
        categories(lines(fields, Set.of(CATEGORIES)))));
  }

  private static List<String> lines(Map<String, List<String>> fields, Set<String> keys) {
    return keys.stream().filter(fields::containsKey).findFirst().map(fields::get)
        .orElse(List.of());
  }

  private static Optional<String> first(Map<String, List<String>> fields, Set<String> keys) {
    return lines(fields, keys).stream().findFirst();
  }

  private static Optional<Integer> startYear(List<String> lines) {
    for (String line : lines) {
      Matcher m = YEAR.matcher(line);
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group()));
      }
    }
    return Optional.empty();
  }

  /** Category lines, a code line joined to its label ("A1 Développement..."), repeats removed. */
  private static List<String> categories(List<String> lines) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (CATEGORY_CODE.matcher(line).matches() && i + 1 < lines.size()) {
        out.add(line + " " + lines.get(++i));
      } else if (!out.stream().anyMatch(c -> c.endsWith(" " + line))) {
        out.add(line);
      }
    }
    return List.copyOf(out);
  }

  /** Splits on {@code separator} except inside parentheses; parts are trimmed, empty ones dropped. */
  static List<String> splitOutsideParentheses(String value, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (c == separator && depth == 0) {
        addPart(parts, part);
      } else {
        part.append(c);
      }
    }
    addPart(parts, part);
    return parts;
  }

  private static void addPart(List<String> parts, StringBuilder part) {
    String p = part.toString().strip();
    if (!p.isEmpty()) {
      parts.add(p);
    }
    part.setLength(0);
  }
}
