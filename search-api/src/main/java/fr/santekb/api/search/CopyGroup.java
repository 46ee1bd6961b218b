package fr.santekb.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * Copies of one content in several formats, folded into one hit: the documents of one source
 * folder whose file names differ only by their extension ("chiffres_cles.pdf", ".odt", ".html").
 * The best-ranked copy stands for the group, at its rank.
 *
 * @param best the best-ranked copy's hit
 * @param members every copy among the collected hits, best first
 */
record CopyGroup(ScoreDoc best, List<StoredHit> members) {

  StoredHit first() {
    return members.get(0);
  }

  /** {@code hits} (best first) folded into groups of copies, in the order of their best copy. */
  static List<CopyGroup> collapse(StoredFields stored, ScoreDoc[] hits) throws IOException {
    Map<String, ScoreDoc> best = new LinkedHashMap<>();
    Map<String, List<StoredHit>> members = new LinkedHashMap<>();
    for (ScoreDoc sd : hits) {
      StoredHit h = StoredHit.load(stored, sd.doc);
      best.putIfAbsent(h.copyKey(), sd);
      members.computeIfAbsent(h.copyKey(), k -> new ArrayList<>()).add(h);
    }
    List<CopyGroup> out = new ArrayList<>(best.size());
    best.forEach((key, sd) -> out.add(new CopyGroup(sd, List.copyOf(members.get(key)))));
    return out;
  }
}
