package fr.santekb.indexer.extraction;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a document's title: the metadata title of several words when it is meaningful (not a
 * placeholder, not a short file name again: "fiche1", "CIRC 020502"), else a PDF's cover title,
 * else the first heading of two words or more, else the first title-like line of the opening (two
 * words or more, short, not a signature, a version stamp nor part of a sentence), else a one-word
 * metadata title, heading or line ("CLS" comes last), else the file name made readable. A trailing
 * page number is dropped ("Accueil … hospitalière 60").
 */
final class TitleChooser {
  /** Longest first line taken as a title; longer ones are sentences, not titles. */
  static final int MAX_LINE_TITLE = 120;
  private static final int MAX_TITLE = 200;

  /** Titles office suites and converters write by default, not chosen by an author. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)(untitled|sans titre|titre|title|document\\s*\\d*|pr[ée]sentation\\s*\\d*"
          + "|diapositive\\s*\\d*|slide\\s*\\d*|pr[ée]sentation powerpoint|powerpoint presentation"
          + "|mise en page\\s*\\d*"
          + "|microsoft (word|powerpoint|excel) - .*|diapo\\s*\\d*|new document|nouveau document"
          + "|feuil(le)?\\s*\\d*|sheet\\s*\\d*|classeur\\s*\\d*|workbook\\s*\\d*"
          + "|\\W*)");
  /**
   * Looks like a file name or path: contains a name with a document or image extension, a Windows
   * path, words joined by underscores ("Copie de SPE_Affiche"), or is a single token joined by
   * dots ("n.inf1an", "Santepsy.etudiant.gouv.fr").
   */
  private static final Pattern FILE_NAME = Pattern.compile(
      "(?i).*[\\p{L}\\p{N}_-]\\.(docx?|dotx?|pdf|odt|odp|ods|pptx?|xlsx?|rtf|txt|html?|md|tmp"
          + "|png|jpe?g|gif|tiff?|bmp|emf|wmf|qxd|indd)\\b.*"
          + "|.*[a-z]:\\\\.*"
          + "|\\S*[\\p{L}\\p{N}][._][\\p{L}\\p{N}]\\S*"
          + "|.*[\\p{L}\\p{N}]_[\\p{L}\\p{N}].*");

  private static final Pattern OPAQUE = Pattern.compile("(?i)\\b[0-9a-f]{8,}\\b");
  /** A signature line: "E Couty, Directeur de l'hospitalisation…", "J. Martin, la présidente". */
  private static final Pattern SIGNATURE = Pattern.compile("(?iu)^\\p{Lu}[\\p{L}.' -]{0,40},\\s*"
      + "(le |la )?(directeur|directrice|président|présidente|préfet|préfète|ministre|chef|"
      + "docteur|professeur|responsable|secrétaire)\\b.*");
  /**
   * A line that is part of a sentence: it starts in lower case, ends with a full stop, or ends
   * with a word that cannot end a title ("Santé Psy Étudiant est un dispositif du").
   */
  private static final Pattern SENTENCE_PART = Pattern.compile("(?s)^\\p{Ll}.*|.*[^.]\\.$"
      + "|(?iu).*\\s(du|de|des|le|la|les|l'|d'|et|ou|à|au|aux|un|une|pour|par|en|sur|avec|dans"
      + "|qui|que|est|sont)$");
  /** A version or date stamp: "Version validée en COTECH du 20.01.20", "Mis à jour le 3 mai". */
  private static final Pattern STAMP = Pattern.compile(
      "(?iu)^(version|v\\d|mise? à jour|mis à jour|date|réf\\.?|référence|page)\\b.*");
  /** A page number left at the end of a heading: one to three digits after a word. */
  private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile("(?<=\\p{L})\\s+\\d{1,3}$");
  /** Lines of the opening looked at for a title. */
  private static final int OPENING_LINES = 8;
  private static final int OPENING_WORDS = 90;

  /**
   * The heading of an official text: « CIRCULAIRE DHOS/HFD N° 2002/284 du 3 mai 2002 RELATIVE A
   * … », « CIRCULAIRE » then « relative à … » and « n° 700/SGDN/… du 26 avril 2002 », an arrêté,
   * décret, instruction or note d'information, in capitals at a line's start in the opening (as
   * ministries print it; « Circulaire du … » in a sentence's case is left to the other rules).
   */
  private static final Pattern OFFICIAL = Pattern.compile(
      "(?m)^[ \\t]*(CIRCULAIRE|INSTRUCTION|ARR[ÊE]T[ÉE]|D[ÉE]CRET|NOTE D['’]INFORMATION)\\b");
  /** Where an official text's heading ends: its application date, summary, classification. */
  private static final Pattern OFFICIAL_END = Pattern.compile(
      "(?iu)^\\s*(date d['’]application|r[ée]sum[ée]|mots?[- ]cl[ée]s|nor\\b|ce document|textes? de"
          + " r[ée]f[ée]rence|la ministre|le ministre|pi[èe]ces? jointes?|objet\\s*:)");
  /** Characters of the opening where an official text's heading is looked for. */
  private static final int OFFICIAL_OPENING = 2_500;
  private static final int MAX_OFFICIAL_TITLE = 320;

  private TitleChooser() {}

  /**
   * An official text's heading: from its « CIRCULAIRE » (or arrêté…) line, the lines that follow,
   * over single blank lines, up to its application date or summary; only when it names more than
   * its kind (a number, a date, « relative à »).
   */
  static Optional<String> officialTitle(String text) {
    String opening = text.substring(0, Math.min(OFFICIAL_OPENING, text.length()));
    Matcher m = OFFICIAL.matcher(opening);
    if (!m.find()) {
      return Optional.empty();
    }
    StringBuilder title = new StringBuilder();
    int blanks = 0;
    for (String line : opening.substring(m.start()).split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        if (++blanks > 1 && !title.isEmpty()) {
          break;
        }
        continue;
      }
      boolean pageNumber = l.matches("[-–—\\s]*\\d{1,3}[-–—\\s]*");
      boolean runningHeader = !title.isEmpty() && OFFICIAL.matcher(l).lookingAt();
      if (OFFICIAL_END.matcher(l).find() || pageNumber || runningHeader
          || title.length() + l.length() > MAX_OFFICIAL_TITLE) {
        break;
      }
      blanks = 0;
      title.append(title.isEmpty() ? "" : " ").append(l);
    }
    String t = title.toString().replaceAll("\\s+", " ").strip();
    boolean specific = t.matches("(?iu).*(\\bn°|\\bno\\s*\\d|relati(?:ve|f)s? [àa]"
        + "|\\b(?:19|20)\\d{2}\\b).*");
    return specific && t.split(" ").length >= 4 ? Optional.of(t) : Optional.empty();
  }

  static String choose(String metadataTitle, Optional<String> firstHeading, String text,
      String fileName) {
    return choose(metadataTitle, Optional::empty, firstHeading, text, fileName);
  }

  /**
   * With {@code coverTitle}, the largest type of a PDF's first page: it comes after a metadata
   * title of several words and before everything else, and is only computed when needed.
   */
  static String choose(String metadataTitle, Supplier<Optional<String>> coverTitle,
      Optional<String> firstHeading, String text, String fileName) {
    String stem = TextKeys.key(fromFileName(fileName));
    Optional<String> heading = firstHeading.flatMap(TitleChooser::clean)
        .filter(TitleChooser::isMeaningful);
    Optional<String> metadata = clean(metadataTitle).filter(TitleChooser::isMeaningful)
        .filter(t -> !(TextKeys.key(t).equals(stem) && stem.split(" ").length < 3));
    return officialTitle(text)
        .or(() -> metadata.filter(TitleChooser::hasSeveralWords))
        .or(() -> coverTitle.get().flatMap(TitleChooser::clean).filter(TitleChooser::isMeaningful)
            .filter(TitleChooser::hasSeveralWords))
        .or(() -> heading.filter(TitleChooser::hasSeveralWords))
        .or(() -> firstTitleLine(text, true))
        .or(() -> metadata)
        .or(() -> heading)
        .or(() -> firstTitleLine(text, false))
        .or(() -> isOpaque(fromFileName(fileName)) ? openingWords(text) : Optional.empty())
        .orElseGet(() -> fromFileName(fileName));
  }

  private static boolean hasSeveralWords(String title) {
    return title.strip().split("[\\s'’]+").length >= 2;
  }

  /** A file name that tells a reader nothing: a hash or a long code ("000_8c19fce57eb3e8e4"). */
  static boolean isOpaque(String name) {
    return OPAQUE.matcher(name).find()
        || name.codePoints().filter(Character::isLetter).count() < 3;
  }

  /** The first sentence of the text, cut at a word before {@value #OPENING_WORDS} characters. */
  private static Optional<String> openingWords(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int end = flat.indexOf(". ");
    String sentence = end > 0 ? flat.substring(0, end) : flat;
    if (sentence.length() > OPENING_WORDS) {
      int cut = sentence.lastIndexOf(' ', OPENING_WORDS);
      sentence = sentence.substring(0, cut > 20 ? cut : OPENING_WORDS).strip() + "…";
    }
    return clean(sentence).filter(TitleChooser::isMeaningful);
  }

  /** False for blanks, default titles ("Diapositive 1", "Microsoft Word - x.doc") and file names. */
  static boolean isMeaningful(String title) {
    long letters = title.codePoints().filter(Character::isLetter).count();
    return letters >= 3 && !PLACEHOLDER.matcher(title).matches()
        && !FILE_NAME.matcher(title).matches();
  }

  /** The file name without its extensions, underscores as spaces. */
  static String fromFileName(String fileName) {
    String name = fileName;
    while (FormatIds.isIndexedExtension(FormatIds.extension(name))) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    name = name.replace('_', ' ').replaceAll("\\s+", " ").strip();
    return name.isEmpty() ? fileName : name;
  }

  /**
   * The first line of the opening that reads as a title: short, meaningful, not a signature and,
   * when {@code severalWords}, of two words or more.
   */
  private static Optional<String> firstTitleLine(String text, boolean severalWords) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(OPENING_LINES)
        .filter(line -> line.length() <= MAX_LINE_TITLE && !SIGNATURE.matcher(line).matches()
            && !SENTENCE_PART.matcher(line).matches() && !STAMP.matcher(line).matches())
        .map(TitleChooser::clean).flatMap(Optional::stream).filter(TitleChooser::isMeaningful)
        .filter(line -> !severalWords || hasSeveralWords(line)).findFirst();
  }

  /**
   * Collapses whitespace and control characters, drops Markdown heading marks ("# Titre") and trailing separators
   * ("Action n°1 :"), caps the length.
   */
  private static Optional<String> clean(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String cleaned = title.replaceAll("[\\s\\p{Cc}\\p{Cf}\\uFFFD]+", " ").strip()
        .replaceAll("^#{1,6}\\s+", "")
        .replaceAll("[\\s:;,\\-–—]+$", "").strip();
    cleaned = TRAILING_PAGE_NUMBER.matcher(cleaned).replaceAll("");
    if (cleaned.length() > MAX_TITLE) {
      cleaned = cleaned.substring(0, MAX_TITLE).strip() + "…";
    }
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }
}
