package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One controlled vocabulary (themes, dispositifs or partners) read from a TSV file with columns id,
 * label, phrases (named by {@code phraseColumn}) and an optional exclude column. Finds its entries
 * in a text, and resolves a free-text value (a sidecar field, an action-record cell) to entry ids.
 *
 * <p>Exclusion rule: when a document contains one of an entry's exclude phrases (e.g. "allocation
 * de rentrée scolaire" for ARS) and none of its non-acronym phrases, its acronym matches are ignored
 * in that document: the acronym is then taken to mean the other thing.
 *
 * <p>Other senses: the optional {@code not_in} column lists phrases in which an entry's trigger
 * means something else ("matelas à dépression" is no santé mentale, "type MDPH" no partner, "aucun
 * vaccin" no vaccination topic); a match inside one of them is not counted.
 */
final class Vocabulary {
  static final String ID = "id";
  static final String LABEL = "label";
  static final String EXCLUDE = "exclude";
  static final String NOT_IN = "not_in";

  private final Map<String, String> labels = new LinkedHashMap<>();
  /** Each entry's phrases as written, prefix patterns ("vaccin*") left out. */
  private final Map<String, List<String>> aliases = new HashMap<>();
  private final Map<String, String> idsByKey = new HashMap<>();
  private final PhraseMatcher phrases = new PhraseMatcher();
  private final PhraseMatcher excludes = new PhraseMatcher();
  private final PhraseMatcher otherSenses = new PhraseMatcher();

  private Vocabulary() {}

  static Vocabulary load(Path file, String phraseColumn) {
    Vocabulary v = new Vocabulary();
    for (TsvTable.Row row : TsvTable.read(file, List.of(ID, LABEL, phraseColumn))) {
      String id = row.get(ID);
      ConfigException.require(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), row.where(),
          "an id is a lower-case ascii slug", id);
      ConfigException.require(!v.labels.containsKey(id), row.where(), "duplicate id", id);
      ConfigException.require(!row.get(LABEL).isEmpty(), row.where(), "empty label", id);
      v.labels.put(id, row.get(LABEL));
      v.idsByKey.putIfAbsent(TextKeys.key(id), id);
      v.idsByKey.putIfAbsent(TextKeys.key(row.get(LABEL)), id);
      for (String phrase : split(row.get(phraseColumn))) {
        v.phrases.add(id, phrase, row.where());
        if (!phrase.endsWith("*")) {
          v.idsByKey.putIfAbsent(TextKeys.key(phrase), id);
          v.aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(phrase);
        }
      }
      for (String phrase : split(row.get(EXCLUDE))) {
        v.excludes.add(id, phrase, row.where());
      }
      for (String phrase : split(row.get(NOT_IN))) {
        v.otherSenses.add(id, phrase, row.where());
      }
    }
    return v;
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Occurrences per entry id in the text, after the exclusion rule; ids in first-seen order. */
  Map<String, Integer> count(Tokens text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PhraseMatcher.Match m : find(text)) {
      counts.merge(m.id(), 1, Integer::sum);
    }
    return counts;
  }

  /** The occurrences of entries in the text, in order, after the exclusion and other-sense rules. */
  List<PhraseMatcher.Match> find(Tokens text) {
    List<PhraseMatcher.Match> out = new ArrayList<>();
    Set<String> named = new HashSet<>();
    List<PhraseMatcher.Match> matches = phrases.find(text);
    for (PhraseMatcher.Match m : matches) {
      if (!m.acronym()) {
        named.add(m.id());
      }
    }
    Set<String> excluded = new HashSet<>();
    for (PhraseMatcher.Match m : excludes.find(text)) {
      if (!named.contains(m.id())) {
        excluded.add(m.id());
      }
    }
    List<PhraseMatcher.Match> senses = otherSenses.find(text);
    for (PhraseMatcher.Match m : matches) {
      if (!(m.acronym() && excluded.contains(m.id())) && !inOtherSense(m, senses)) {
        out.add(m);
      }
    }
    return out;
  }

  /** True when {@code m} lies inside a {@code not_in} phrase of its own entry. */
  private static boolean inOtherSense(PhraseMatcher.Match m, List<PhraseMatcher.Match> senses) {
    for (PhraseMatcher.Match s : senses) {
      if (s.id().equals(m.id()) && s.start() <= m.start() && m.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries a free-text value names: the entry whose id, label or phrase it equals (accents,
   * case and punctuation aside), else every entry found in it; empty when none.
   */
  Set<String> resolve(String value) {
    String id = idsByKey.get(TextKeys.key(value));
    if (id != null) {
      return Set.of(id);
    }
    return new LinkedHashSet<>(count(Tokens.of(value)).keySet());
  }

  Optional<String> label(String id) {
    return Optional.ofNullable(labels.get(id));
  }

  /** The phrases that name entry {@code id}, as written in the file; empty when none. */
  List<String> aliases(String id) {
    return List.copyOf(aliases.getOrDefault(id, List.of()));
  }

  /** All ids, in file order. */
  List<String> ids() {
    return List.copyOf(labels.keySet());
  }
}
