package fr.santekb.indexer.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a contract's parties, as its opening lists them: « Entre d’une part : L’agence
 * régionale de santé des Hauts-de-France, dont le siège … représentée par … - Ci-après dénommée
 * « l’ARS » et, La Communauté de communes … » up to « Il est convenu ce qui suit » ; and the « Pour
 * l’Agence régionale de santé, » lines of a signature page, or a line « Signataires : la Ville de
 * Nice, l’ARS … et la CPAM. ». Each name is the party's opening words,
 * up to « , dont », « , représenté(e) », « , sis(e) » or the end of its sentence.
 */
public final class Parties {
  /** The list of parties starts within this many characters of the text's start. */
  static final int SEARCH_CHARS = 20_000;
  static final int MAX_BLOCK_CHARS = 15_000;
  static final int MAX_NAME_CHARS = 160;
  static final int SIGNATURE_LINES = 3;
  static final int SIGNATURE_WINDOW = 2_000;
  /** « Entre d’une part : » on its own line, or « ENTRE : l’Agence … » opening the first party. */
  private static final Pattern START = Pattern.compile(
      "(?imu)^\\s*entre\\b(?:[^\\n]{0,40}$|\\s*[:,]\\s*)");
  private static final Pattern END = Pattern.compile(
      "(?iu)il (?:est|a été) convenu|il est arr[êe]t[ée]|^\\s*pr[ée]ambule\\s*$|^\\s*vu (?:le|la|les)\\b",
      Pattern.MULTILINE);
  /**
   * What separates two parties: a line « et, » or « et », « d’autre part », or « ET : » opening
   * the next party on its line.
   */
  private static final Pattern SEPARATOR = Pattern.compile(
      "(?imu)^\\s*(?:et\\s*,?\\s*$|et\\s*:\\s*|d['’](?:une|autre) part\\s*[,:]?\\s*$)");
  private static final Pattern NAME_END = Pattern.compile(
      "(?iu),\\s*(?:dont|repr[ée]sent[ée]e?s?|sis[e]?|situ[ée]e?|domicili[ée]e?)(?!\\p{L})"
          + "|\\s-\\s*ci-apr[èe]s|\\n\\s*-?\\s*ci-apr[èe]s|\\.(?:\\s|$)");
  /** « Signataires : la Ville de Nice, l’ARS … et la CPAM. » */
  private static final Pattern SIGNATORIES_LINE = Pattern.compile(
      "(?imu)^\\s*(?:les\\s+)?signataires?\\s*(?:du contrat\\s*)?:\\s*([^\\n]{3,1000})$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\bet\\b)\\s*");
  private static final Pattern SIGNED_FOR = Pattern.compile(
      "(?imu)^\\s*pour (?:l['’]|la |le |les )([^\\n]{3,120}?)\\s*,?\\s*$");

  /**
   * Where the list of parties stands in {@code text}, [start, end): from « Entre » to « Il est
   * convenu » (their names and the addresses of their seats); empty when there is none.
   */
  public Optional<int[]> block(String text) {
    String head = text.substring(0, Math.min(SEARCH_CHARS, text.length()));
    Matcher start = START.matcher(head);
    if (!start.find()) {
      return Optional.empty();
    }
    int from = start.end();
    Matcher end = END.matcher(text);
    int to = Math.min(text.length(), from + MAX_BLOCK_CHARS);
    if (end.find(from) && end.start() < to) {
      to = end.start();
    }
    return Optional.of(new int[] {from, to});
  }

  /** The parties named at the start of {@code text} and on its signature lines, in order. */
  public List<String> names(String text) {
    List<String> out = new ArrayList<>();
    String head = text.substring(0, Math.min(SEARCH_CHARS, text.length()));
    Optional<int[]> block = block(text);
    if (block.isPresent()) {
      for (String chunk : SEPARATOR.split(text.substring(block.get()[0], block.get()[1]))) {
        name(chunk).ifPresent(out::add);
      }
    }
    Matcher listed = SIGNATORIES_LINE.matcher(head);
    if (listed.find()) {
      for (String part : LIST_SEPARATOR.split(listed.group(1).replaceAll("\\.\\s*$", ""))) {
        name(part).filter(n -> !out.contains(n)).ifPresent(out::add);
      }
    }
    for (String name : signatureLines(text)) {
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * « Pour l’ARS, » lines standing together ({@value #SIGNATURE_LINES} or more within {@value
   * #SIGNATURE_WINDOW} characters): a signature page, not « Pour les médecins généralistes, » in
   * running text.
   */
  private static List<String> signatureLines(String text) {
    List<Integer> at = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher signed = SIGNED_FOR.matcher(text);
    while (signed.find()) {
      at.add(signed.start());
      names.add(signed.group(1).strip());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      int near = 0;
      for (int j = 0; j < at.size(); j++) {
        if (Math.abs(at.get(j) - at.get(i)) <= SIGNATURE_WINDOW) {
          near++;
        }
      }
      if (near >= SIGNATURE_LINES) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  private static Optional<String> name(String chunk) {
    String s = chunk.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = NAME_END.matcher(s);
    String name = (m.find() ? s.substring(0, m.start()) : s).replaceAll("\\s+", " ").strip();
    return name.length() < 3 || name.length() > MAX_NAME_CHARS ? Optional.empty()
        : Optional.of(name);
  }
}
