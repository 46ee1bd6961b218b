package fr.santekb.api.eval;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the index's metadata with the hand-labelled sample: micro-averaged precision and recall
 * for communes, partners and themes, accuracy for title, type and year. Year accuracy is over the
 * documents whose text states a year (a document that states none may carry its file's date). A
 * document of the sample missing from the index counts as predicting nothing.
 */
public final class MetadataEvaluation {
  /** Two titles agree when their word sets overlap this much (Jaccard), or their keys are equal. */
  static final double TITLE_AGREEMENT = 0.8;

  private MetadataEvaluation() {}

  public static MetadataResult run(List<LabelledDocument> labels,
      Map<String, LabelledDocument> indexed) {
    Map<String, Double> figures = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    int found = 0;
    for (LabelledDocument gold : labels) {
      found += indexed.containsKey(gold.path()) ? 1 : 0;
    }
    setFigures(figures, misses, labels, indexed, "communes", LabelledDocument::communes);
    setFigures(figures, misses, labels, indexed, "partners", LabelledDocument::partners);
    setFigures(figures, misses, labels, indexed, "themes", LabelledDocument::themes);
    int titles = 0;
    int types = 0;
    int years = 0;
    int dated = 0;
    for (LabelledDocument gold : labels) {
      Optional<LabelledDocument> got = Optional.ofNullable(indexed.get(gold.path()));
      String title = got.map(LabelledDocument::title).orElse("");
      if (titlesAgree(gold.title(), title)) {
        titles++;
      } else {
        misses.add(gold.path() + ": title « " + title + " », labelled « " + gold.title() + " »");
      }
      String type = got.map(LabelledDocument::type).orElse("");
      if (gold.type().equals(type)) {
        types++;
      } else {
        misses.add(gold.path() + ": type " + type + ", labelled " + gold.type());
      }
      Optional<Integer> year = got.flatMap(LabelledDocument::year);
      if (gold.year().isEmpty()) {
        continue;
      }
      dated++;
      if (gold.year().equals(year)) {
        years++;
      } else {
        misses.add(gold.path() + ": year " + year.map(String::valueOf).orElse("none")
            + ", labelled " + gold.year().map(String::valueOf).orElse("none"));
      }
    }
    int n = Math.max(1, labels.size());
    figures.put("title accuracy", (double) titles / n);
    figures.put("type accuracy", (double) types / n);
    figures.put("year accuracy", dated == 0 ? 1.0 : (double) years / dated);
    return new MetadataResult(labels.size(), found, figures, misses);
  }

  /**
   * Whether a title found is the labelled one: equal keys; or word sets overlapping at least
   * {@link #TITLE_AGREEMENT} (Jaccard); or a faithful part of it, since labels often add context
   * in parentheses: nine tenths of the found title's words are in the label, and the found title
   * has three words or more, or half of the label's ("Chiffres clés - HUS" for « Chiffres clés -
   * HUS (Hôpitaux universitaires de Strasbourg) », but not « ANNEXES » or « CLS »).
   */
  static boolean titlesAgree(String expected, String actual) {
    String a = TextKeys.key(expected);
    String b = TextKeys.key(actual);
    if (a.equals(b)) {
      return true;
    }
    if (b.isEmpty()) {
      return false;
    }
    Set<String> wa = new HashSet<>(List.of(a.split(" ")));
    Set<String> wb = new HashSet<>(List.of(b.split(" ")));
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    Set<String> union = new HashSet<>(wa);
    union.addAll(wb);
    if ((double) common.size() / union.size() >= TITLE_AGREEMENT) {
      return true;
    }
    boolean faithfulPart = common.size() >= 0.9 * wb.size();
    return faithfulPart && (wb.size() >= 3 || wb.size() >= 0.5 * wa.size());
  }

  private static void setFigures(Map<String, Double> figures, List<String> misses,
      List<LabelledDocument> labels, Map<String, LabelledDocument> indexed, String name,
      Function<LabelledDocument, Set<String>> values) {
    long truePositives = 0;
    long predicted = 0;
    long expected = 0;
    for (LabelledDocument gold : labels) {
      Set<String> want = values.apply(gold);
      Set<String> got = Optional.ofNullable(indexed.get(gold.path())).map(values)
          .orElse(Set.of());
      Set<String> right = new HashSet<>(got);
      right.retainAll(want);
      truePositives += right.size();
      predicted += got.size();
      expected += want.size();
      Set<String> wrong = new HashSet<>(got);
      wrong.removeAll(want);
      Set<String> missed = new HashSet<>(want);
      missed.removeAll(got);
      if (!wrong.isEmpty() || !missed.isEmpty()) {
        misses.add(gold.path() + ": " + name + " wrong " + new TreeSet<>(wrong)
            + ", missed " + new TreeSet<>(missed));
      }
    }
    figures.put(name + " precision", predicted == 0 ? 1.0 : (double) truePositives / predicted);
    figures.put(name + " recall", expected == 0 ? 1.0 : (double) truePositives / expected);
  }
}
