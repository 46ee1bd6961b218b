package fr.santekb.indexer.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the communes, départements and régions of a document. Communes come from an action
 * record's Commune field when it names known communes, else from names in the text (never the town
 * of a publisher's address, « Source : Ministère … 75007 Paris »): a name of two
 * significant words or more ("Port-de-Bouc", "La Seyne-sur-Mer"), a one-word name of a commune of at
 * least {@value #MIN_POPULATION} inhabitants that is not an ordinary word ("Martigues" but not
 * "Orange" or "Sens"), or any name right after "commune de", "ville de", "mairie de"; never an
 * address ("avenue Saint-Michel") nor a building named after a saint ("hôpital Sainte-Anne"); any
 * name right after a hospital or town-hall word ("CH de Wissembourg", "CHU Nancy"); and a one-word
 * name of at least {@value #MIN_POPULATION_NEAR} inhabitants when the document names its département
 * (or a service numbered by it, « SAMU 67 ») or another commune of it. Départements are named in full when hyphenated or
 * long ("Bouches-du-Rhône", "Hautes Alpes"), or after "département", "préfecture"... when one word
 * ("préfecture du Var"); régions by name or alias ("Paca", and the former régions: "Alsace" is
 * Grand Est), and no département or commune is taken from inside a région's name ("NORD PAS DE
 * CALAIS" is no Pas-de-Calais). Homonymous communes go to a département
 * found in the document, else to the largest. Départements and régions of the communes are added.
 */
final class TerritoryFinder {
  static final int MIN_POPULATION = 20_000;
  /**
   * A one-word name of a smaller commune (at least this many inhabitants) counts when the document
   * also names its département or another of its communes ("Saverne", "Thann" in an Alsace report).
   */
  static final int MIN_POPULATION_NEAR = 2_000;
  private static final Set<String> COMMUNE_CONTEXT = Set.of("commune", "communes", "ville",
      "villes", "mairie", "mairies");
  private static final Set<String> DEPARTEMENT_CONTEXT = Set.of("departement", "departements",
      "departemental", "departementale", "departementaux", "prefecture", "prefet", "prefete");
  /** One-word commune names that are also ordinary words, first names or foreign cities. */
  private static final Set<String> AMBIGUOUS_NAMES = Set.of("Fontaine", "Croix", "Plaisir",
      "Orange", "Sens", "Tours", "Vienne", "Bruges", "Valence", "Lens", "Loos", "Colombes",
      "Stains", "Gap", "Dax", "Dole", "Laval", "Nancy", "Saintes", "Fresnes", "Le Port", "Bron",
      "Vernon", "Montagne", "Charge", "Plan", "Rennes", "Cannes", "Denain", "Torcy");
  /** Letters at least in a commune's short name (« Baignes », « Avesnes »). */
  static final int MIN_SHORT_NAME = 5;
  private static final Pattern INSEE = Pattern.compile("\\d{5}|2[AB]\\d{3}|97\\d{3}");
  /**
   * Services numbered by their département: « SAMU 67 », « SDIS 13 », « département 59 » name
   * the département as surely as its name does.
   */
  private static final Set<String> NUMBERED_SERVICES = Set.of("samu", "smur", "sdis", "codis",
      "departement");

  private final Geography geography;
  private final ProperNameIndex<Commune> communeNames = new ProperNameIndex<>();
  /** Hyphenated communes by their first word: « Barbezieux » for Barbezieux-Saint-Hilaire. */
  private final ProperNameIndex<Commune> shortNames = new ProperNameIndex<>();
  private final ProperNameIndex<Departement> departementNames = new ProperNameIndex<>();
  private final ProperNameIndex<Region> regionNames = new ProperNameIndex<>();

  TerritoryFinder(Geography geography) {
    this.geography = geography;
    geography.communes().forEach(c -> communeNames.add(c.name(), c));
    for (Commune c : geography.communes()) {
      int dash = c.name().indexOf('-');
      String first = dash > 0 ? c.name().substring(0, dash) : "";
      if (first.length() >= MIN_SHORT_NAME && !PlaceContext.SAINT_WORDS.contains(first.toLowerCase(Locale.ROOT))
          && !first.contains(" ")) {
        shortNames.add(first, c);
      }
    }
    geography.departements().forEach(d -> departementNames.add(d.name(), d));
    for (Region r : geography.regions()) {
      regionNames.add(r.name(), r);
      r.aliases().forEach(a -> regionNames.add(a, r));
    }
  }

  /** The territory of a document's text, with an action record's communes first when present. */
  Territory find(Tokens text, List<String> recordCommunes) {
    return find(text, text, recordCommunes);
  }

  /**
   * The territory of {@code text}, its communes looked for in {@code communeText}: the same words,
   * some masked (a contract's list of parties, whose addresses name other towns).
   */
  Territory find(Tokens text, Tokens communeText, List<String> recordCommunes) {
    Set<String> departements = new LinkedHashSet<>();
    Set<String> regions = new LinkedHashSet<>();
    List<int[]> regionSpans = new ArrayList<>();
    for (ProperNameIndex.Hit<Region> hit : regionNames.find(text)) {
      if (!PlaceContext.afterStreetWord(text, hit.start())) {
        hit.values().forEach(r -> regions.add(r.code()));
        regionSpans.add(new int[] {hit.start(), hit.end()});
      }
    }
    for (ProperNameIndex.Hit<Departement> hit : departementNames.find(text)) {
      // "NORD PAS DE CALAIS" is a (former) région, not the Pas-de-Calais département.
      if (!inside(hit.start(), hit.end(), regionSpans) && (hit.significantWords(text) > 1
          || PlaceContext.precededBy(text, hit.start(), DEPARTEMENT_CONTEXT))) {
        hit.values().forEach(d -> departements.add(d.code()));
      }
    }
    departements.addAll(numberedServices(text));
    List<Commune> communes = new ArrayList<>();
    for (String name : recordCommunes) {
      geography.resolveCommune(name, departements).ifPresent(communes::add);
    }
    if (communes.isEmpty()) {
      communes = communesInText(communeText, departements, regionSpans);
    }
    return complete(communes, departements, regions);
  }

  /** Whether the words [start, end) lie within one of {@code spans}. */
  private static boolean inside(int start, int end, List<int[]> spans) {
    for (int[] s : spans) {
      if (s[0] <= start && end <= s[1]) {
        return true;
      }
    }
    return false;
  }

  private List<Commune> communesInText(Tokens text, Set<String> departements,
      List<int[]> regionSpans) {
    List<List<Commune>> ambiguous = new ArrayList<>();
    List<Commune> found = new ArrayList<>();
    List<Commune> nearCandidates = new ArrayList<>();
    Set<String> mentioned = new LinkedHashSet<>(departements);
    List<ProperNameIndex.Hit<Commune>> hits = communeNames.find(text);
    for (ProperNameIndex.Hit<Commune> hit : hits) {
      if (inside(hit.start(), hit.end(), regionSpans) || PlaceContext.publisherAddress(text, hit.start())) {
        continue; // "Calais" in "Nord Pas de Calais"; "75007 Paris" in a publisher's address
      }
      if (!accepted(text, hit)) {
        if (!PlaceContext.excluded(text, hit.start())) {
          hit.values().stream().filter(c -> c.population() >= MIN_POPULATION_NEAR
              && !AMBIGUOUS_NAMES.contains(c.name())).forEach(nearCandidates::add);
        }
        continue;
      }
      if (hit.values().size() == 1) {
        found.add(hit.values().get(0));
        mentioned.add(hit.values().get(0).departement());
      } else {
        ambiguous.add(hit.values());
      }
    }
    for (List<Commune> homonyms : ambiguous) {
      List<Commune> largestFirst = new ArrayList<>(homonyms);
      largestFirst.sort((a, b) -> Integer.compare(b.population(), a.population()));
      Geography.pick(largestFirst, mentioned).ifPresent(found::add);
    }
    for (Commune c : nearCandidates) {
      if (mentioned.contains(c.departement()) && !found.contains(c)) {
        found.add(c);
      }
    }
    found.addAll(byShortName(text, hits, found, regionSpans));
    // « CH Avesnes » and « Avesnes-sur-Helpe » in one text: the short name meant the long one.
    List<Commune> all = List.copyOf(found);
    found.removeIf(x -> all.stream().anyMatch(y -> y != x
        && y.name().startsWith(x.name() + "-")));
    return found;
  }

  /**
   * Communes named by the first word of their hyphenated name, as locals say them (« Barbezieux »
   * for Barbezieux-Saint-Hilaire, « Baignes » for Baignes-Sainte-Radegonde): only in a local
   * document (see {@link #homeDepartement}), when exactly one such commune lies in its
   * département, and the word is not the whole name of a town of some size or at home
   * (« Bordeaux »). {@code hits} are the text's whole commune names, found once per document.
   */
  private List<Commune> byShortName(Tokens text, List<ProperNameIndex.Hit<Commune>> hits,
      List<Commune> found, List<int[]> regionSpans) {
    List<Commune> out = new ArrayList<>();
    Optional<String> home = homeDepartement(found);
    if (home.isEmpty()) {
      return out;
    }
    // A word that is itself the name of a town of some size, or of one at home, means that town.
    Set<Integer> wholeNames = new HashSet<>();
    for (ProperNameIndex.Hit<Commune> h : hits) {
      if (h.values().stream().anyMatch(c -> c.population() >= MIN_POPULATION_NEAR
          || c.departement().equals(home.get()))) {
        wholeNames.add(h.start());
      }
    }
    for (ProperNameIndex.Hit<Commune> hit : shortNames.find(text)) {
      if (inside(hit.start(), hit.end(), regionSpans) || PlaceContext.excluded(text, hit.start())
          || hit.end() - hit.start() != 1 || wholeNames.contains(hit.start())) {
        continue; // « Bordeaux » is Bordeaux, not Bordeaux-Saint-Clair
      }
      List<Commune> near = hit.values().stream()
          .filter(c -> c.departement().equals(home.get())).toList();
      if (near.size() == 1 && !found.contains(near.get(0))
          && !out.contains(near.get(0))) {
        out.add(near.get(0));
      }
    }
    return out;
  }

  /**
   * The département of a local document: the one of at least half of its communes, two or more.
   * A national text naming towns all over France has none.
   */
  static Optional<String> homeDepartement(List<Commune> communes) {
    Map<String, Integer> counts = new HashMap<>();
    communes.forEach(c -> counts.merge(c.departement(), 1, Integer::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && 2 * e.getValue() >= communes.size())
        .map(Map.Entry::getKey).findFirst();
  }

  /** The codes of the départements named by their services' numbers (« SAMU 67 »). */
  private Set<String> numberedServices(Tokens text) {
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i + 1 < text.size(); i++) {
      if (NUMBERED_SERVICES.contains(text.lower(i)) && !text.breakBefore(i + 1)
          && !pageNumberOfAContentsLine(text, i + 1)) {
        String code = text.exact(i + 1).toUpperCase(Locale.ROOT);
        if (code.matches("\\d{2}|2[AB]|97\\d") && geography.departement(code).isPresent()) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  /**
   * Whether word {@code i} ends a numbered heading's line, as the page number of a table of
   * contents does (« 6 Les chiffres clés de l’activité des SAMU 17 »: page 17, not SAMU 17).
   */
  static boolean pageNumberOfAContentsLine(Tokens text, int i) {
    if (i + 1 < text.size() && !text.lineBefore(i + 1)) {
      return false;
    }
    int first = i;
    while (first > 0 && !text.lineBefore(first)) {
      first--;
    }
    return first < i && text.lower(first).chars().allMatch(Character::isDigit);
  }

  private static boolean accepted(Tokens text, ProperNameIndex.Hit<Commune> hit) {
    int start = hit.start();
    if (PlaceContext.excluded(text, start)) {
      return false;
    }
    if (hit.significantWords(text) > 1 || PlaceContext.afterInstitution(text, start)) {
      return true;
    }
    boolean afterCommuneWord = start >= 2 && PlaceContext.OF.contains(text.lower(start - 1))
        && COMMUNE_CONTEXT.contains(text.lower(start - 2));
    Commune largest = hit.values().stream().max((a, b) -> a.population() - b.population())
        .orElseThrow();
    return afterCommuneWord || (largest.population() >= MIN_POPULATION
        && !AMBIGUOUS_NAMES.contains(largest.name()));
  }

  /**
   * The territory named by free-text values (sidecar): INSEE codes, département codes, région,
   * département or commune names; homonymous communes prefer the départements also listed.
   */
  Territory resolve(List<String> values) {
    Set<String> departements = new LinkedHashSet<>();
    Set<String> regions = new LinkedHashSet<>();
    List<String> communeNamesToResolve = new ArrayList<>();
    List<Commune> communes = new ArrayList<>();
    for (String raw : values) {
      String value = raw.strip();
      Optional<Commune> byCode = INSEE.matcher(value).matches() ? geography.commune(value)
          : Optional.empty();
      if (byCode.isPresent()) {
        communes.add(byCode.get());
      } else if (geography.departement(value).isPresent()) {
        departements.add(value);
      } else if (geography.regionNamed(value).isPresent()) {
        regions.add(geography.regionNamed(value).get().code());
      } else if (geography.departementNamed(value).isPresent()) {
        departements.add(geography.departementNamed(value).get().code());
      } else {
        communeNamesToResolve.add(value);
      }
    }
    for (String name : communeNamesToResolve) {
      geography.resolveCommune(name, departements).ifPresent(communes::add);
    }
    return complete(communes, departements, regions);
  }

  private Territory complete(List<Commune> communes, Set<String> departements,
      Set<String> regions) {
    Set<String> codes = new LinkedHashSet<>();
    for (Commune c : communes) {
      codes.add(c.insee());
      departements.add(c.departement());
    }
    for (String d : departements) {
      geography.departement(d).ifPresent(dep -> regions.add(dep.region()));
    }
    return new Territory(codes, departements, regions);
  }
}
