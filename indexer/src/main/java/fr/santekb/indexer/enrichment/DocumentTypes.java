package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document-type vocabulary and its rules ({@code document_types.tsv}): every document gets
 * exactly one type. An action record is a fiche action; otherwise the first rule that applies wins,
 * in this order: a format that decides ({@code formats}), a phrase in the title, a phrase in the
 * opening of the text, a format that decides only by default ({@code weak_formats}); else
 * {@value #FALLBACK}. Within each step, rows are tried in file order.
 */
final class DocumentTypes {
  static final String FICHE_ACTION = "fiche-action";
  static final String FALLBACK = "autre";

  private record Rule(String id, Set<String> formats, Set<String> weakFormats,
      PhraseMatcher title, PhraseMatcher text) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<String, String> idsByKey = new HashMap<>();

  private DocumentTypes() {}

  static DocumentTypes load(Path file) {
    DocumentTypes types = new DocumentTypes();
    for (TsvTable.Row row : TsvTable.read(file, List.of("id", "label", "formats", "weak_formats",
        "title_patterns", "text_patterns"))) {
      String id = row.get("id");
      ConfigException.require(!types.labels.containsKey(id), row.where(), "duplicate id", id);
      types.labels.put(id, row.get("label"));
      types.idsByKey.put(TextKeys.key(id), id);
      types.idsByKey.put(TextKeys.key(row.get("label")), id);
      types.rules.add(new Rule(id, formats(row.get("formats")), formats(row.get("weak_formats")),
          matcher(id, row.get("title_patterns"), row.where()),
          matcher(id, row.get("text_patterns"), row.where())));
    }
    for (String required : List.of(FICHE_ACTION, FALLBACK)) {
      ConfigException.require(types.labels.containsKey(required), file.toString(),
          "the type " + required + " must be defined", types.labels.keySet());
    }
    return types;
  }

  private static Set<String> formats(String cell) {
    return cell.isBlank() ? Set.of() : Set.of(cell.toLowerCase(Locale.ROOT).split("\\s*\\|\\s*"));
  }

  private static PhraseMatcher matcher(String id, String cell, String where) {
    PhraseMatcher m = new PhraseMatcher();
    for (String phrase : cell.split("\\|")) {
      if (!phrase.isBlank()) {
        m.add(id, phrase, where);
      }
    }
    return m;
  }

  /** The one type of a document, from its format, title words and opening words. */
  String classify(String format, Tokens title, Tokens opening, boolean actionRecord) {
    if (actionRecord) {
      return FICHE_ACTION;
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    for (Rule r : rules) {
      if (r.formats().contains(fmt)) {
        return r.id();
      }
    }
    for (Rule r : rules) {
      if (!r.title().find(title).isEmpty()) {
        return r.id();
      }
    }
    for (Rule r : rules) {
      if (!r.text().find(opening).isEmpty()) {
        return r.id();
      }
    }
    for (Rule r : rules) {
      if (r.weakFormats().contains(fmt)) {
        return r.id();
      }
    }
    return FALLBACK;
  }

  /** The type a free-text value names (id or label, accents and case aside), or its title rule. */
  Optional<String> resolve(String value) {
    String id = idsByKey.get(TextKeys.key(value));
    if (id != null) {
      return Optional.of(id);
    }
    Tokens t = Tokens.of(value);
    return rules.stream().filter(r -> !r.title().find(t).isEmpty()).map(Rule::id).findFirst();
  }

  Optional<String> label(String id) {
    return Optional.ofNullable(labels.get(id));
  }

  List<String> ids() {
    return List.copyOf(labels.keySet());
  }
}
