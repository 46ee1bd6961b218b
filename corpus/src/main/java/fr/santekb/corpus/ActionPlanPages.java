package fr.santekb.corpus;

import fr.santekb.indexer.samples.SampleDocument.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the action plan of a long contract: one introduction page per strategic axis, then two
 * pages per fiche action with the same repeated structure, as in a real CLS.
 *
 * <p>Data layout: blocks separated by {@code ---} lines, {@code key: value} lines inside, list
 * values separated by {@code " ; "}. The first block holds the axes ({@code axe: 1 | title |
 * presentation}); each other block is one fiche with the keys of {@link #FICHE_KEYS} ({@code note}
 * optional, written at the end of the fiche's second page).
 */
final class ActionPlanPages {
  static final List<String> FICHE_KEYS = List.of("numero", "axe", "titre", "porteur", "pilote",
      "public", "lieu", "contexte", "objectif", "operationnels", "actions", "partenaires",
      "calendrier", "financement", "indicateurs", "note");
  private static final Set<String> OPTIONAL = Set.of("note");
  private static final String FOLLOW_UP = "Modalités de suivi : le porteur renseigne chaque année "
      + "la fiche de suivi partagée et présente l'état d'avancement de l'action au comité technique "
      + "du CLS ; les résultats sont consolidés par la coordination du CLS avant le comité de "
      + "pilotage annuel, qui peut réorienter l'action au vu des indicateurs.";
  private static final String PRS_LINK = "Articulation avec les politiques publiques : l'action "
      + "s'inscrit dans le Projet régional de santé (PRS) Provence-Alpes-Côte d'Azur, dans le "
      + "volet santé du contrat de ville et dans la réduction des inégalités sociales et "
      + "territoriales de santé (ISTS) portée par les signataires du contrat.";

  private ActionPlanPages() {}

  /** The pages of the action plan in {@code text}; {@code name} only serves error messages. */
  static List<Page> render(String name, String text) {
    List<Map<String, String>> blocks = blocks(name, text);
    Map<String, String[]> axes = new LinkedHashMap<>();
    for (String line : blocks.getFirst().getOrDefault("axe", "").split("\n")) {
      String[] parts = line.split(" \\| ", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException(name + ": axe line needs 'n | title | presentation': "
            + line);
      }
      axes.put(parts[0].strip(), parts);
    }
    List<Page> pages = new ArrayList<>();
    String currentAxis = null;
    for (Map<String, String> fiche : blocks.subList(1, blocks.size())) {
      check(name, fiche);
      String axis = fiche.get("axe");
      String[] axisParts = axes.get(axis);
      if (axisParts == null) {
        throw new IllegalArgumentException(name + ": fiche " + fiche.get("numero")
            + " names an unknown axe " + axis);
      }
      if (!axis.equals(currentAxis)) {
        pages.add(axisPage(axisParts, blocks.subList(1, blocks.size())));
        currentAxis = axis;
      }
      pages.add(firstPage(fiche, axisParts[1]));
      pages.add(secondPage(fiche));
    }
    return pages;
  }

  private static Page axisPage(String[] axis, List<Map<String, String>> fiches) {
    List<String> paragraphs = new ArrayList<>(List.of(axis[2].strip(), "Fiches action de l'axe :"));
    fiches.stream()
        .filter(f -> f.get("axe").equals(axis[0].strip()))
        .map(f -> "- Fiche action n° " + f.get("numero") + " : " + f.get("titre"))
        .forEach(paragraphs::add);
    return new Page("Axe stratégique " + axis[0].strip() + " — " + axis[1].strip(), paragraphs);
  }

  private static Page firstPage(Map<String, String> f, String axisTitle) {
    List<String> paragraphs = new ArrayList<>(List.of(
        "Axe stratégique " + f.get("axe") + " : " + axisTitle.strip(),
        "Porteur de l'action : " + f.get("porteur"),
        "Pilote(s) : " + f.get("pilote"),
        "Public visé : " + f.get("public"),
        "Lieu d'intervention : " + f.get("lieu"),
        "Contexte et constats : " + f.get("contexte"),
        "Objectif général : " + f.get("objectif"),
        "Objectifs opérationnels :"));
    paragraphs.addAll(items(f.get("operationnels"), false));
    paragraphs.add(PRS_LINK);
    return new Page("Fiche action n° " + f.get("numero") + " — " + f.get("titre"), paragraphs);
  }

  private static Page secondPage(Map<String, String> f) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Description des actions :");
    paragraphs.addAll(items(f.get("actions"), true));
    paragraphs.add("Partenaire de l'action : " + f.get("partenaires"));
    paragraphs.add("Calendrier de mise en œuvre : " + f.get("calendrier"));
    paragraphs.add("Financement prévisionnel : " + f.get("financement"));
    paragraphs.add("Indicateurs d'évaluation :");
    paragraphs.addAll(items(f.get("indicateurs"), false));
    paragraphs.add(FOLLOW_UP);
    if (f.containsKey("note")) {
      paragraphs.add(f.get("note"));
    }
    return new Page("Fiche action n° " + f.get("numero") + " (suite) — " + f.get("titre"),
        paragraphs);
  }

  /** One paragraph per list item ("- item" or "1. item"): PDF writers reflow a paragraph's lines. */
  private static List<String> items(String list, boolean numbered) {
    String[] values = list.split(" ; ");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      items.add((numbered ? (i + 1) + ". " : "- ") + values[i].strip());
    }
    return items;
  }

  private static void check(String name, Map<String, String> fiche) {
    for (String key : FICHE_KEYS) {
      if (!OPTIONAL.contains(key) && fiche.getOrDefault(key, "").isBlank()) {
        throw new IllegalArgumentException(name + ": fiche " + fiche.getOrDefault("numero", "?")
            + " lacks '" + key + "'");
      }
    }
  }

  private static List<Map<String, String>> blocks(String name, String text) {
    List<Map<String, String>> blocks = new ArrayList<>();
    Map<String, String> current = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String raw : text.replace("\r\n", "\n").split("\n")) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.equals("---")) {
        blocks.add(current);
        current = new LinkedHashMap<>();
        continue;
      }
      int colon = line.indexOf(": ");
      String key = colon < 0 ? "" : line.substring(0, colon);
      boolean axes = blocks.isEmpty();
      if (axes ? !key.equals("axe") : !FICHE_KEYS.contains(key)) {
        throw new IllegalArgumentException(name + ":" + lineNumber + ": unknown key '" + key + "'");
      }
      if (!axes && current.containsKey(key)) {
        throw new IllegalArgumentException(name + ":" + lineNumber + ": repeated key '" + key + "'");
      }
      // The axes block repeats its one key: one axis per line.
      current.merge(key, line.substring(colon + 2).strip(), (a, b) -> a + "\n" + b);
    }
    blocks.add(current);
    if (blocks.size() < 2) {
      throw new IllegalArgumentException(name + ": needs an axes block and at least one fiche");
    }
    return blocks;
  }
}
