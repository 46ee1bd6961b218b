package fr.santekb.indexer.enrichment;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words around a place name say of it: an address (« avenue de Marseille », a publisher's
 * « 75007 Paris »), a building named after a saint (« hôpital Sainte-Anne »), an institution named
 * after its town (« CH de Saverne »), or a context word a few words before. Static predicates over
 * {@link Tokens}, for {@link TerritoryFinder}.
 */
final class PlaceContext {
  /**
   * Words that make the next name a place, whatever its size: a hospital or town hall is named after
   * its town ("CH de Wissembourg", "centre hospitalier universitaire de Nancy", "CHU Rennes").
   */
  private static final Set<String> INSTITUTION_WORDS = Set.of("ch", "chu", "chr", "chru", "chs",
      "chi", "hospitalier", "hospitaliere", "universitaire", "hopital", "hopitaux", "clinique",
      "mairie", "samu", "smur", "sdis", "cpam");
  private static final int CONTEXT_WORDS = 3;
  static final Set<String> OF = Set.of("de", "d");
  /** Street words within three words before a name make it an address ("avenue de Marseille"). */
  private static final Set<String> STREET_WORDS = Set.of("rue", "avenue", "av", "bd", "boulevard",
      "allee", "allees", "chemin", "place", "quai", "impasse", "cours", "route", "square",
      "traverse", "montee", "passage", "esplanade", "voie");
  /**
   * A building word right before a saint's name makes it the building's name ("hôpital
   * Sainte-Anne", "SU Sainte Anne", "collège Saint-Exupéry"); a town's name after a building word
   * still places the building ("CH Mulhouse", "hôpital de Martigues").
   */
  private static final Set<String> BUILDING_WORDS = Set.of("eglise", "chapelle", "paroisse",
      "college", "lycee", "ecole", "hopital", "hospitalier", "clinique", "ch", "chu", "chs", "su",
      "sau", "centre", "maison", "foyer", "ehpad", "pharmacie", "residence", "cite", "parc",
      "quartier", "stade", "gymnase", "gare", "institut", "fondation", "universite", "groupe");
  static final Set<String> SAINT_WORDS = Set.of("saint", "sainte", "saints", "saintes",
      "notre");
  /** A postcode: the town after it is an address's. */
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  /**
   * Words that introduce a publisher's address in a colophon (« Source : Ministère de la Santé,
   * 8, avenue de Ségur, 75007 Paris »): that town is where the publisher sits, not what the
   * document is about. A directory's addresses (« SOS Attentats … 75007 Paris ») still count.
   */
  private static final Set<String> PUBLISHER_WORDS = Set.of("source", "sources", "ministere",
      "editeur", "edition", "editions", "redaction", "publication", "imprime", "imprimerie",
      "realisation", "conception");
  /** Words looked back from an address's town for a publisher word. */
  private static final int PUBLISHER_WINDOW = 12;
  /** Words between a street word and a name in an address: « avenue de la Marne ». */
  private static final Set<String> ADDRESS_LINKS = Set.of("de", "du", "des", "d", "la", "le", "l",
      "les");
  /** Characters at most between an institution word and its town: « CH de X », « CHU d'X ». */
  private static final int MAX_INSTITUTION_GAP = 2;

  private PlaceContext() {}

  /** Whether the name at {@code start} is the town of a publisher's address (see PUBLISHER_WORDS). */
  static boolean publisherAddress(Tokens text, int start) {
    if (start == 0 || !POSTCODE.matcher(text.exact(start - 1)).matches()) {
      return false;
    }
    for (int k = start - 2; k >= Math.max(0, start - PUBLISHER_WINDOW); k--) {
      if (PUBLISHER_WORDS.contains(text.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a street word comes before the name at {@code start} with only « de », « la »… or
   * capitalised words of the street's name between (« avenue de Marseille », « rue du Pré
   * Saint-Gervais »): an address. A street word across a lower-case word or punctuation does not
   * count (« la voie entre Bischheim et … », « en cours : Chalais, Barbezieux »).
   */
  static boolean afterStreetWord(Tokens text, int start) {
    for (int k = start - 1; k >= Math.max(0, start - CONTEXT_WORDS); k--) {
      if (text.breakBefore(k + 1) || text.start(k + 1) - text.end(k) > 1) {
        return false; // a comma, a colon, a paragraph: the street's name ended before
      }
      if (STREET_WORDS.contains(text.lower(k))) {
        return true;
      }
      boolean nameWord = Character.isUpperCase(text.exact(k).codePointAt(0));
      if (!ADDRESS_LINKS.contains(text.lower(k)) && !nameWord) {
        return false;
      }
    }
    return false;
  }

  /** An address or a building named after a saint: never a commune. */
  static boolean excluded(Tokens text, int start) {
    return afterStreetWord(text, start)
        || (start > 0 && BUILDING_WORDS.contains(text.lower(start - 1))
            && SAINT_WORDS.contains(text.lower(start)));
  }

  /**
   * Right after an institution word, with or without "de": "CH de Saverne", "CHU Nancy"; not
   * across punctuation ("CHR / Simple SU" lists kinds of services).
   */
  static boolean afterInstitution(Tokens text, int start) {
    int k = start - 1;
    if (k >= 0 && OF.contains(text.lower(k)) && close(text, k)) {
      k--;
    }
    return k >= 0 && INSTITUTION_WORDS.contains(text.lower(k)) && close(text, k);
  }

  /** Whether word {@code k + 1} follows word {@code k} across a space or an apostrophe only. */
  private static boolean close(Tokens text, int k) {
    return !text.breakBefore(k + 1) && text.start(k + 1) - text.end(k) <= MAX_INSTITUTION_GAP;
  }

  /** Whether one of {@code words} is among the few words before {@code start}. */
  static boolean precededBy(Tokens text, int start, Set<String> words) {
    for (int k = Math.max(0, start - CONTEXT_WORDS); k < start; k++) {
      if (words.contains(text.lower(k))) {
        return true;
      }
    }
    return false;
  }
}
