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
 * ({@link MatchRanges}) and the document's stored structure. A section scores its distinct matched
 * words (plural aside), twice more for those its title holds: « Fiche projet N°1 — Renforcer la
 * démographie médicale » is what « démographie médicale » looks for, more than the axe around it
 * that names it in passing. The innermost section wins a tie with the one around it; at most
 * {@value #MAX_SECTIONS} are kept, best first.
 */
final class SectionMatcher {
  static final int MAX_SECTIONS = 3;
  /** Context on each side of the first match in a section's snippet, in characters. */
  static final int CONTEXT = 90;

  /** Weight of a matched word that the section's title holds too. */
  static final int TITLE_WEIGHT = 2;

  private record Scored(StoredSections.Stored section, int words, int score, int firstMatch) {}

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
          words.add(singular(TextKeys.key(text.substring(r[0], r[1]))));
          first = first < 0 ? r[0] : first;
        }
      }
      if (!words.isEmpty()) {
        String title = " " + TextKeys.key(s.title() == null ? "" : s.title()) + " ";
        int inTitle = (int) words.stream().filter(w -> title.contains(" " + w)).count();
        scored.add(new Scored(s, words.size(), words.size() + TITLE_WEIGHT * inTitle, first));
      }
    }
    List<Scored> innermost = scored.stream().filter(outer -> scored.stream().noneMatch(inner ->
        inner != outer && inner.section().start() >= outer.section().start()
            && inner.section().end() <= outer.section().end()
            && inner.score() >= outer.score())).toList();
    return innermost.stream()
        .sorted(Comparator.comparingInt(Scored::score).reversed()
            .thenComparingInt(sc -> sc.section().start()))
        .limit(MAX_SECTIONS)
        .map(sc -> new SectionHit(sc.section().id(), sc.section().kind(), sc.section().number(),
            sc.section().title(), sc.section().page(), sc.words(),
            snippet(text, ranges, sc.section(), sc.firstMatch())))
        .toList();
  }

  /** « medicales » and « medicale » are one word here; so are « soins » and « soin ». */
  static String singular(String folded) {
    return folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"))
        ? folded.substring(0, folded.length() - 1) : folded;
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
