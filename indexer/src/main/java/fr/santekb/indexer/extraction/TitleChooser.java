package fr.santekb.indexer.extraction;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a document's title: for a deck, its first slide's title; the metadata title of several
 * words when it is meaningful (not a placeholder in any script, not the file name again:
 * "fiche1", "RPU National V2006", not a signature, not an event line in a deck) and the text
 * prints it, else a PDF's cover title (not a letterhead), else a metadata title the text does not
 * print, else the first heading of two words or more (unless a table of contents lists it: then
 * it is a section's), else the first title-like line of the opening (two words or more, short,
 * not a signature, a version stamp, part of a sentence, a deck's event line, a letterhead, a
 * list's item or the line introducing a list; a spreadsheet's first cell only; none in a map's
 * legend: many lines, no sentence), else a one-word metadata title, heading or line ("CLS" comes
 * last), else, under a file name that says nothing (« 000_8c19fce57eb3e8e4 »), the term the text
 * dwells on (« Contrat Local de Santé (CLS) ») or its opening words, else the file name
 * made readable. A page number is dropped ("Accueil … hospitalière 60", "Charbon - 1 – Version
 * 3"). A title naming only a part gives way to the file name: the first sheet in a file named as
 * a collection (« Fiches action PPI Bayer »), the first of a numbered series the text goes on
 * with (« Axe 1 : … », then « Axe 2 : … »).
 */
final class TitleChooser {
  /** Longest first line taken as a title; longer ones are sentences, not titles. */
  static final int MAX_LINE_TITLE = 120;
  private static final int MAX_TITLE = 200;
  private static final Set<String> SLIDE_EXTENSIONS = Set.of("ppt", "pptx",
      "odp", "pps", "ppsx", "key");
  private static final Set<String> SHEET_EXTENSIONS = Set.of("ods", "xls",
      "xlsx", "csv");

  /** Titles office suites and converters write by default, not chosen by an author. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)(untitled|sans titre|titre|title|document\\s*\\d*|pr[ée]sentation\\s*\\d*"
          + "|diapositive\\s*\\d*|slide\\s*\\d*|pr[ée]sentation powerpoint|powerpoint presentation"
          + "|mise en page\\s*\\d*"
          + "|microsoft (word|powerpoint|excel) - .*|diapo\\s*\\d*|new document|nouveau document"
          + "|feuil(le)?\\s*\\d*|sheet\\s*\\d*|classeur\\s*\\d*|workbook\\s*\\d*"
          + "|[^\\p{L}\\p{N}]*)");
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
  /**
   * The event a talk was given at, with its date: « 5ème Réunion FEDORU – Paris 10 octobre 2014 »,
   * « COSUI RPU du 19 juin 2014 », « Séminaire PF/ Mars 2014 ». On a deck's first slide it stands
   * above the talk's own title, and a reused template keeps an earlier event in its metadata.
   */
  private static final Pattern EVENT = Pattern.compile("(?iu)^(\\d+\\s*(e|è|ème|eme|er|re)\\s+)?"
      + "(réunion|reunion|séminaire|seminaire|journées?|colloque|congrès|conférence|rencontres?"
      + "|assemblée|comité|cosui|copil|cotech|webinaire)\\b.*\\b(19|20)\\d{2}\\b.*");
  /** A file named as a collection of sheets or texts: « Fiches action … », « Annexes … ». */
  private static final Pattern COLLECTION = Pattern.compile(
      "(?iu)^(fiches|annexes|recueil|compilation)\\b.*");
  /** An item's number: « Action n°1 », « Fiche N° 2 », « Action [A1] ». */
  private static final Pattern NUMBERED_ITEM = Pattern.compile(
      "(?iu)(\\bn°\\s*\\d+|\\bno\\.?\\s*\\d+\\b|\\[\\p{L}?\\d+\\])");
  /** A page number set between dashes inside a running header: « Charbon - 1 – Version 3 ». */
  private static final Pattern DASHED_PAGE_NUMBER = Pattern.compile("\\s[-–—]\\s*\\d{1,3}\\s*[-–—]\\s");
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
   * With {@code coverTitle}, the largest type of a PDF's first page (it comes after a metadata
   * title of several words and before everything else, and is only computed when needed) or the
   * title placeholder of a deck's first slide (it comes first).
   */
  static String choose(String metadataTitle, Supplier<Optional<String>> coverTitle,
      Optional<String> firstHeading, String text, String fileName) {
    String stem = TextKeys.key(fromFileName(fileName));
    String extension = FormatIds.extension(fileName);
    boolean slides = SLIDE_EXTENSIONS.contains(extension);
    boolean sheet = SHEET_EXTENSIONS.contains(extension);
    Optional<String> heading = firstHeading.flatMap(TitleChooser::clean)
        .filter(TitleChooser::isMeaningful).filter(t -> !SIGNATURE.matcher(t).matches());
    Optional<String> anyMetadata = clean(metadataTitle).filter(TitleChooser::isMeaningful)
        .filter(t -> !SIGNATURE.matcher(t).matches())
        .filter(t -> !(slides && EVENT.matcher(t).matches()));
    // A metadata title that repeats the file name (converters write it) is no better than it.
    Optional<String> nameAgain = anyMetadata.filter(t -> TextKeys.key(t).equals(stem));
    Optional<String> metadata = anyMetadata.filter(t -> nameAgain.isEmpty());
    // A metadata title the text does not print (a draft's wording, a typo) yields to the cover.
    Optional<String> unprinted = metadata.filter(TitleChooser::hasSeveralWords)
        .filter(t -> !printedIn(t, text));
    Optional<String> printed = metadata.filter(TitleChooser::hasSeveralWords)
        .filter(t -> unprinted.isEmpty());
    // A heading listed in a table of contents that precedes it is a section's, not the title.
    Optional<String> sectionHeading = heading.filter(h -> listedInContents(h, text));
    Optional<String> titleHeading = heading.filter(h -> sectionHeading.isEmpty());
    Supplier<Optional<String>> cover = () -> coverTitle.get().flatMap(TitleChooser::clean)
        .filter(TitleChooser::isMeaningful).filter(t -> !SIGNATURE.matcher(t).matches())
        .filter(t -> !(slides && EVENT.matcher(t).matches()))
        .filter(t -> !OpeningLines.isLetterhead(t))
        .filter(TitleChooser::hasSeveralWords);
    // A deck's first-slide title is what its author typed as the title: it comes first.
    Optional<String> slideTitle = slides ? cover.get() : Optional.empty();
    String chosen = slideTitle
        .or(() -> officialTitle(text))
        .or(() -> printed)
        .or(() -> slides ? Optional.empty() : cover.get())
        .or(() -> unprinted)
        .or(() -> titleHeading.filter(TitleChooser::hasSeveralWords))
        .or(() -> "txt".equals(extension) ? subjectLine(text) : Optional.empty())
        .or(() -> firstTitleLine(text, true, slides, sheet))
        .or(() -> nameAgain.filter(TitleChooser::hasSeveralWords))
        .or(() -> sectionHeading.filter(TitleChooser::hasSeveralWords))
        .or(() -> metadata)
        .or(() -> heading)
        .or(() -> firstTitleLine(text, false, slides, sheet))
        .or(() -> isOpaque(fromFileName(fileName))
            ? DefinedTerm.main(text).map(DefinedTerm.Term::title).or(() -> openingWords(text))
            : Optional.empty())
        .orElseGet(() -> fromFileName(fileName));
    boolean aPart = firstItemOfCollection(chosen, fromFileName(fileName))
        || OpeningLines.opensSeries(chosen, text);
    return aPart ? fromFileName(fileName) : chosen;
  }

  /**
   * Whether every word of {@code title} is a word of {@code text}: the document prints its
   * metadata title (« Je veux devenir psycholgoue partenaire » is not printed in a sheet whose
   * cover reads « Je suis désormais psychologue partenaire »).
   */
  static boolean printedIn(String title, String text) {
    Set<String> words = new HashSet<>(Arrays.asList(TextKeys.key(text).split(" ")));
    return words.containsAll(List.of(TextKeys.key(title).split(" ")));
  }

  /**
   * Whether {@code title} names only the first sheet of a file named as a collection of sheets
   * (« Fiches action PPI Bayer », « Annexes … », of three words or more): it is numbered
   * (« Action n°1 ») or shares no word with the file's name (« La Gendarmerie », the first
   * actor's sheet). « Fiches réflexes Piratome » in « fiches_reflexe_piratome » is the whole's.
   */
  static boolean firstItemOfCollection(String title, String fileName) {
    if (!COLLECTION.matcher(fileName).matches() || fileName.split("\\s+").length < 3
        || TextKeys.key(title).equals(TextKeys.key(fileName))) {
      return false;
    }
    Set<String> nameWords = Set.of(TextKeys.key(fileName).split(" "));
    boolean sharesAWord = false;
    for (String w : TextKeys.key(title).split(" ")) {
      sharesAWord |= w.length() > 2 && nameWords.contains(w);
    }
    return NUMBERED_ITEM.matcher(title).find() || !sharesAWord;
  }

  /**
   * Whether {@code heading} is first met as an entry of a table of contents: the heading followed
   * by a page number on its line (« LE MOT DU PRÉSIDENT 3 »).
   */
  static boolean listedInContents(String heading, String text) {
    Pattern entry = Pattern.compile("(?m)^\\s*" + Pattern.quote(heading) + "[\\s.…]*\\d{1,3}\\s*$");
    Matcher m = entry.matcher(text);
    int first = text.indexOf(heading);
    return m.find() && first >= m.start() && first < m.end()
        && text.indexOf(heading, m.end()) > 0;
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
   * when {@code severalWords}, of two words or more. On a deck's first slide an event line
   * (« 5ème Réunion … 10 octobre 2014 ») is passed over; in a spreadsheet only the first cell can
   * be a title (the next ones are column headers and data). A letterhead, a list's item or the
   * line introducing a list is no title; nor is any line of a legend (many lines, no sentence)
   * outside decks and spreadsheets.
   */
  private static Optional<String> firstTitleLine(String text, boolean severalWords,
      boolean slides, boolean sheet) {
    return titleLines(text, severalWords, slides, sheet).stream().findFirst();
  }

  /**
   * The title line of a web page's text that names the term the page defines and dwells on: its
   * words spell the acronym (« Contrats locaux de santé » for the page's CLS). It wins over the
   * lines above it, a site's banner or slogan (« Une agence, pour une meilleure santé »).
   */
  static Optional<String> subjectLine(String text) {
    return DefinedTerm.main(text).flatMap(term -> titleLines(text, true, false, false)
        .stream().filter(line -> DefinedTerm.spells(line, term.acronym())).findFirst());
  }

  /** The title-like lines of the opening, in order, as {@link #firstTitleLine} reads them. */
  private static List<String> titleLines(String text, boolean severalWords, boolean slides,
      boolean sheet) {
    if (!slides && !sheet && OpeningLines.isLegend(text)) {
      return List.of();
    }
    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty())
        .limit(sheet ? 1 : OPENING_LINES + 1).toList();
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < Math.min(lines.size(), sheet ? 1 : OPENING_LINES); i++) {
      String line = lines.get(i);
      boolean notATitle = line.length() > MAX_LINE_TITLE || SIGNATURE.matcher(line).matches()
          || SENTENCE_PART.matcher(line).matches() || STAMP.matcher(line).matches()
          || (slides && EVENT.matcher(line).matches()) || OpeningLines.isLetterhead(line)
          || OpeningLines.isListItem(line) || OpeningLines.introducesList(lines, i);
      if (!notATitle) {
        clean(line).filter(TitleChooser::isMeaningful)
            .filter(t -> !severalWords || hasSeveralWords(t)).ifPresent(titles::add);
      }
    }
    return titles;
  }

  /**
   * Collapses whitespace and control characters, drops Markdown heading marks ("# Titre"),
   * leading separators (« ،أنا طالب », whose comma a right-to-left line put first) and trailing
   * ones ("Action n°1 :", a stray « . » after a space), caps the length.
   */
  private static Optional<String> clean(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String cleaned = title.replaceAll("[\\s\\p{Cc}\\p{Cf}\\uFFFD]+", " ").strip()
        .replaceAll("^#{1,6}\\s+", "")
        .replaceAll("^[\\s,;:،؛]+", "")
        .replaceAll("(\\s+\\.|[\\s:;,\\-–—])+$", "").strip();
    cleaned = TRAILING_PAGE_NUMBER.matcher(cleaned).replaceAll("");
    cleaned = DASHED_PAGE_NUMBER.matcher(cleaned).replaceAll(" – ");
    if (cleaned.length() > MAX_TITLE) {
      cleaned = cleaned.substring(0, MAX_TITLE).strip() + "…";
    }
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }
}
