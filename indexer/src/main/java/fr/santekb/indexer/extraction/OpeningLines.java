package fr.santekb.indexer.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a document's opening that look like a title but are not one: a letterhead (the issuing
 * bodies and their officers), a list's items and the line that introduces them, and the first
 * part of a numbered series (« Axe 1 : … » when « Axe 2 » follows). Also tells a text that has no
 * sentence at all and many lines (a map's legend): its lines are labels, none is the title.
 */
final class OpeningLines {
  /**
   * A letterhead's line: an issuing body (« MINISTERE DE LA SANTE », « DIRECTION DE
   * L'HOSPITALISATION », « Société Française de Médecine d'Urgence », « Agence régionale de santé
   * … »), one of its officers (« Président : Patrick Goldstein ») or a line continuing the one
   * before (« ET DES SOLIDARITES »).
   */
  private static final Pattern LETTERHEAD = Pattern.compile("(?iuU)^(minist[èe]re|direction"
      + "|d[ée]l[ée]gation|soci[ée]t[ée]|agence|f[ée]d[ée]ration|association|observatoire"
      + "|pr[ée]fecture|r[ée]publique fran[çc]aise|conseil (r[ée]gional|d[ée]partemental"
      + "|g[ée]n[ée]ral)|caisse|institut|haute autorit[ée]|secr[ée]tariat)\\b.*"
      + "|^(pr[ée]sident|pr[ée]sidente|directeur|directrice|secr[ée]taire g[ée]n[ée]ral"
      + "|chef de service)e?\\s*:.*"
      + "|^(et|ou)\\s.*");
  /** A list's item: a bullet or a dash, then the item. */
  private static final Pattern LIST_ITEM = Pattern.compile(
      "^[•·▪▫◦‣⁃●○■□►▶➢➤✓✔*+\\-–—]\\s*\\S.*");
  /** A part's number: « Axe 1 », « ANNEXE 1 », « Fiche projet N°1 », « Partie I ». */
  private static final Pattern SERIES_FIRST = Pattern.compile(
      "(?iuU)^(\\p{L}{3,}(?:\\s+\\p{L}{3,})?)\\s*(?:n°|no\\.?)?\\s*(?:1|I)(?![\\p{L}\\p{N}.,/])");
  /** Words a line needs to read as a sentence rather than a label. */
  static final int SENTENCE_WORDS = 6;
  /** Lines a text needs to be read as a legend. */
  static final int LEGEND_LINES = 10;

  private OpeningLines() {}

  /** Whether {@code line} belongs to a letterhead: an issuing body, an officer, a continuation. */
  static boolean isLetterhead(String line) {
    return LETTERHEAD.matcher(line.strip()).matches();
  }

  /** Whether {@code line} is a list's item (« • Promouvoir l'égalité… », « - 4 MSP »). */
  static boolean isListItem(String line) {
    return LIST_ITEM.matcher(line.strip()).matches();
  }

  /**
   * Whether line {@code i} of {@code lines} (non-empty, stripped) introduces a list: it ends with
   * a colon and a list's item comes next (« Les orientations du CLS : » then « • Promouvoir … »).
   */
  static boolean introducesList(List<String> lines, int i) {
    return lines.get(i).endsWith(":") && i + 1 < lines.size() && isListItem(lines.get(i + 1));
  }

  /**
   * Whether {@code line} names the first part of a numbered series that {@code text} goes on
   * with: « Axe 1 : Offre et accès aux soins » when a line starts with « Axe 2 », « ANNEXE 1 … »
   * when one starts with « ANNEXE 2 ». Such a line names a part, not the whole document.
   */
  static boolean opensSeries(String line, String text) {
    Matcher m = SERIES_FIRST.matcher(line.strip());
    if (!m.lookingAt()) {
      return false;
    }
    Pattern second = Pattern.compile("(?imu)^\\s*" + Pattern.quote(m.group(1))
        + "\\s*(?:n°|no\\.?)?\\s*(?:2|II)(?![\\p{L}\\p{N}.,/])");
    return second.matcher(text).find();
  }

  /**
   * Whether {@code text} is a legend: {@value #LEGEND_LINES} lines or more and no sentence (no
   * line of {@value #SENTENCE_WORDS} words or more). A map's or a chart's text is its labels
   * (« Codes postaux », « Limites départementales », « SAMU », postcodes); none of them is the
   * document's title. A short text of short lines (a note, a slide) is not one.
   */
  static boolean isLegend(String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    return lines.size() >= LEGEND_LINES
        && lines.stream().noneMatch(line -> words(line) >= SENTENCE_WORDS);
  }

  private static long words(String line) {
    long n = 0;
    for (String token : line.strip().split("\\s+")) {
      n += token.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return n;
  }
}
