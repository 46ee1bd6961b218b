package fr.santekb.api.search;

import fr.santekb.api.results.SectionHit;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * The sections of a hit where its query matches, from where the engine matched the text
 * ({@link MatchRanges}) and the document's stored structure: those with the most distinct query
 * words, the innermost when a fiche matches as well as its axe, at most {@value #MAX_SECTIONS}.
 */
final class SectionMatcher {
  static final int MAX_SECTIONS = 3;
  /** Context on each side of the first match in a section's snippet, in characters. */
  static final int CONTEXT = 90;

  private record Scored(StoredSections.Stored section, int words, int firstMatch) {}

  List<SectionHit> best(IndexSnapshot snapshot, Query query, int doc, String sectionsJson)
      throws IOException {
    List<StoredSections.Stored> sections = StoredSections.parse(sectionsJson);
    if (sections.isEmpty()) {
      return List.of();
    }
    List<int[]> ranges = MatchRanges.of(snapshot, query, doc);
    String text = snapshot.storedFields().document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
    if (ranges.isEmpty() || text == null) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (StoredSections.Stored s : sections) {
      Set<String> words = new HashSet<>();
      int first = -1;
      for (int[] r : ranges) {
        if (r[0] >= s.start() && r[1] <= s.end() && r[1] <= text.length()) {
          words.add(TextKeys.key(text.substring(r[0], r[1])));
          first = first < 0 ? r[0] : first;
        }
      }
      if (!words.isEmpty()) {
        scored.add(new Scored(s, words.size(), first));
      }
    }
    List<Scored> innermost = scored.stream().filter(outer -> scored.stream().noneMatch(inner ->
        inner != outer && inner.section().start() >= outer.section().start()
            && inner.section().end() <= outer.section().end()
            && inner.words() >= outer.words())).toList();
    return innermost.stream()
        .sorted(Comparator.comparingInt(Scored::words).reversed()
            .thenComparingInt(sc -> sc.section().start()))
        .limit(MAX_SECTIONS)
        .map(sc -> new SectionHit(sc.section().id(), sc.section().kind(), sc.section().number(),
            sc.section().title(), sc.section().page(), sc.words(),
            snippet(text, ranges, sc.section(), sc.firstMatch())))
        .toList();
  }

  /** Around the section's first match, within the section, every match inside marked. */
  static String snippet(String text, List<int[]> ranges, StoredSections.Stored section,
      int firstMatch) {
    int from = Math.max(section.start(), firstMatch - CONTEXT);
    int to = Math.min(Math.min(section.end(), text.length()), firstMatch + 2 * CONTEXT);
    StringBuilder out = new StringBuilder();
    if (from > section.start()) {
      out.append("… ");
    }
    int at = from;
    for (int[] r : ranges) {
      if (r[0] >= at && r[1] <= to) {
        Html.escape(text, at, r[0], out);
        out.append("<mark>");
        Html.escape(text, r[0], r[1], out);
        out.append("</mark>");
        at = r[1];
      }
    }
    Html.escape(text, at, to, out);
    if (to < section.end()) {
      out.append(" …");
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
