package fr.santekb.indexer.contracts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the structure of a contract-like document from its headings: articles (« ARTICLE 3 :
 * Orientations stratégiques »), axes and orientations (« Axe 1 : Offre et accès aux soins », « Axe
 * transversal », « ORIENTATION 2 : … »), numbered objectifs (« Objectif opérationnel 1.2 : … ») and
 * fiches (« Fiche projet N°1 », « Fiche action 3 : … »), each a line of its own. A heading without a
 * title takes the next short line. Tables of contents are skipped: the page of a « Sommaire », and
 * pages made mostly of headings; when an article or axe is written twice (a summary, then the
 * text), the later one is kept. Fiches and objectifs belong to the axe (or fiche) above them.
 */
public final class StructureFinder {
  static final int MAX_HEADING_CHARS = 200;
  static final int MAX_TITLE_CHARS = 200;
  /** A page whose non-blank lines are this share of headings or more is a table of contents. */
  static final double TOC_SHARE = 0.3;
  static final int TOC_MIN_HEADINGS = 4;
  /** Fewer headings than this is no structure. */
  static final int MIN_SECTIONS = 2;

  private static final String SEP = "\\s*(?:[:.\\-–—)]\\s*)?";
  private static final Pattern ARTICLE = Pattern.compile(
      "(?iu)article\\s+(\\d{1,2}|premier|1er)" + SEP + "(.*)");
  private static final Pattern AXE = Pattern.compile(
      "(?iu)(?:axe|orientation)(?:\\s+strat[ée]gique)?\\s+(?:n°\\s*)?"
          + "(\\d{1,2}|[IVX]{1,5}|transversale?)\\b" + SEP + "(.*)");
  private static final Pattern OBJECTIF = Pattern.compile(
      "(?iu)objectif\\s+(?:g[ée]n[ée]ral|strat[ée]gique|op[ée]rationnel|sp[ée]cifique)?\\s*"
          + "(?:n°\\s*)?(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[:.\\-–—]\\s*(.+)");
  private static final Pattern FICHE = Pattern.compile(
      "(?iu)fiche[\\s-]+(?:action|projet)(?:\\s+inter-?\\s*cls)?\\s*(?:n°|n[o.]|num[ée]ro)?\\s*"
          + "(\\d{1,3}(?:\\.\\d{1,2})?)\\b" + SEP + "(.*)");
  private static final Pattern TOC = Pattern.compile("(?iu)\\s*(?:sommaire|table des mati[èe]res)\\s*");
  private static final Map<String, Integer> LEVEL = Map.of("article", 0, "axe", 1, "fiche", 2,
      "objectif", 3);

  private record Line(String text, int start, int page) {}

  /** @param word the heading's first word, lower-cased: an « orientation » is no twin of an « axe » */
  private record Heading(String kind, String word, String number, String title, int start,
      int page) {}

  /**
   * The sections of {@code text}, whose pages start at {@code pageStarts} (empty: no pages);
   * empty when fewer than {@value #MIN_SECTIONS} headings are found.
   */
  public List<Section> find(String text, int[] pageStarts) {
    List<Line> lines = lines(text, pageStarts);
    List<Heading> headings = headings(lines);
    headings = withoutTablesOfContents(headings, lines);
    headings = laterOfTwins(headings);
    if (headings.size() < MIN_SECTIONS) {
      return List.of();
    }
    return sections(headings, text.length(), pageStarts.length > 0);
  }

  /** True when {@code line} (stripped) is a heading of an article, axe, objectif or fiche. */
  public static boolean isHeading(String line) {
    return line.length() <= MAX_HEADING_CHARS && (ARTICLE.matcher(line).matches()
        || AXE.matcher(line).matches() || OBJECTIF.matcher(line).matches()
        || FICHE.matcher(line).matches());
  }

  private static List<Line> lines(String text, int[] pageStarts) {
    List<Line> out = new ArrayList<>();
    int page = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      while (page + 1 < pageStarts.length && pageStarts[page + 1] <= start) {
        page++;
      }
      out.add(new Line(text.substring(start, end), start, page + 1));
      start = end + 1;
    }
    return out;
  }

  private static List<Heading> headings(List<Line> lines) {
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text().strip();
      if (line.isEmpty() || line.length() > MAX_HEADING_CHARS) {
        continue;
      }
      for (Map.Entry<String, Pattern> kind : List.of(Map.entry("article", ARTICLE),
          Map.entry("axe", AXE), Map.entry("objectif", OBJECTIF), Map.entry("fiche", FICHE))) {
        Matcher m = kind.getValue().matcher(line);
        if (m.matches()) {
          String title = cleanTitle(m.group(2));
          if (title.isEmpty()) {
            title = nextLineTitle(lines, i);
          }
          out.add(new Heading(kind.getKey(), line.split("\\s+")[0].toLowerCase(Locale.ROOT),
              number(m.group(1)), title,
              lines.get(i).start() + lines.get(i).text().indexOf(line.charAt(0)),
              lines.get(i).page()));
          break;
        }
      }
    }
    return out;
  }

  private static String number(String raw) {
    String n = raw.strip();
    return n.equalsIgnoreCase("premier") || n.equalsIgnoreCase("1er") ? "1"
        : n.toLowerCase(Locale.ROOT).startsWith("transversal") ? "transversal" : n;
  }

  private static String cleanTitle(String raw) {
    String t = raw == null ? "" : raw.strip().replaceAll("\\s+", " ").replaceAll("\\s*:$", "");
    return t.length() > MAX_TITLE_CHARS ? t.substring(0, MAX_TITLE_CHARS).strip() + "…" : t;
  }

  /** The next non-blank line within three, when it is short and no heading itself. */
  private static String nextLineTitle(List<Line> lines, int at) {
    for (int j = at + 1; j < lines.size() && j <= at + 4; j++) {
      String next = lines.get(j).text().strip();
      if (next.isEmpty()) {
        continue;
      }
      return isHeading(next) || next.length() > MAX_TITLE_CHARS ? "" : cleanTitle(next);
    }
    return "";
  }

  /** Drops the headings of a « Sommaire » page and of pages made mostly of headings. */
  private static List<Heading> withoutTablesOfContents(List<Heading> headings, List<Line> lines) {
    Map<Integer, Integer> nonBlank = new HashMap<>();
    Set<Integer> tocPages = new HashSet<>();
    for (Line l : lines) {
      if (!l.text().isBlank()) {
        nonBlank.merge(l.page(), 1, Integer::sum);
      }
      if (TOC.matcher(l.text()).matches()) {
        tocPages.add(l.page());
      }
    }
    Map<Integer, Integer> perPage = new HashMap<>();
    headings.forEach(h -> perPage.merge(h.page(), 1, Integer::sum));
    perPage.forEach((page, n) -> {
      if (n >= TOC_MIN_HEADINGS && n >= TOC_SHARE * nonBlank.getOrDefault(page, 1)) {
        tocPages.add(page);
      }
    });
    boolean paged = lines.stream().anyMatch(l -> l.page() > 1);
    return paged ? headings.stream().filter(h -> !tocPages.contains(h.page())).toList() : headings;
  }

  /** Of an article or axe written twice, the later (a summary comes before the text). */
  private static List<Heading> laterOfTwins(List<Heading> headings) {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (!h.kind().equals("fiche") && !h.kind().equals("objectif")) {
        last.put(twinKey(h), i);
      }
    }
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      boolean top = !h.kind().equals("fiche") && !h.kind().equals("objectif");
      if (!top || last.get(twinKey(h)) == i
          || h.number().equals("transversal")) {
        out.add(h);
      }
    }
    return out;
  }

  private static String twinKey(Heading h) {
    return h.word() + " " + h.number().toLowerCase(Locale.ROOT);
  }

  private static List<Section> sections(List<Heading> headings, int textLength, boolean paged) {
    List<Section> out = new ArrayList<>();
    String axe = null;
    String fiche = null;
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      String id = "s" + (i + 1);
      String parent = switch (h.kind()) {
        case "fiche" -> axe;
        case "objectif" -> fiche != null ? fiche : axe;
        default -> null;
      };
      switch (h.kind()) {
        case "article" -> {
          axe = null;
          fiche = null;
        }
        case "axe" -> {
          axe = id;
          fiche = null;
        }
        case "fiche" -> fiche = id;
        default -> { }
      }
      int level = LEVEL.get(h.kind());
      int end = textLength;
      for (int j = i + 1; j < headings.size(); j++) {
        if (LEVEL.get(headings.get(j).kind()) <= level) {
          end = headings.get(j).start();
          break;
        }
      }
      out.add(new Section(id, h.kind(), h.number(), h.title(), paged ? h.page() : null, parent,
          h.start(), end));
    }
    return out;
  }
}
