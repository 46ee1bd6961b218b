package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.config.SantekbConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference geography of {@code config/geography/}: communes by INSEE code and by name
 * (accents, case, hyphens and spacing aside: "Saint Mitre les Remparts" = "Saint-Mitre-les-Remparts"),
 * départements and régions by code and name. Immutable once loaded; thread-safe.
 */
public final class Geography {
  private static final Comparator<Commune> LARGEST_FIRST =
      Comparator.comparingInt(Commune::population).reversed().thenComparing(Commune::insee);

  private final Map<String, Commune> communes = new LinkedHashMap<>();
  private final Map<String, List<Commune>> communesByKey = new HashMap<>();
  private final Map<String, Departement> departements = new LinkedHashMap<>();
  private final Map<String, Departement> departementsByKey = new HashMap<>();
  private final Map<String, Region> regions = new LinkedHashMap<>();
  private final Map<String, Region> regionsByKey = new HashMap<>();
  private final Map<String, Epci> epcis = new LinkedHashMap<>();

  private Geography() {}

  public static Geography load(SantekbConfig config) {
    return load(config.geographyDir());
  }

  static Geography load(Path dir) {
    Geography g = new Geography();
    Map<String, List<String>> aliases = new HashMap<>();
    Map<String, List<String>> former = new HashMap<>();
    for (TsvTable.Row row : TsvTable.read(dir.resolve("region_aliases.tsv"),
        List.of("code_region", "alias"))) {
      aliases.computeIfAbsent(row.get("code_region"), k -> new ArrayList<>()).add(row.get("alias"));
      ConfigException.require(row.get("former").isEmpty() || row.get("former").equals("yes"),
          row.where(), "former must be yes or empty", row.get("former"));
      if (row.get("former").equals("yes")) {
        former.computeIfAbsent(row.get("code_region"), k -> new ArrayList<>()).add(row.get("alias"));
      }
    }
    for (TsvTable.Row row : TsvTable.read(dir.resolve("regions.tsv"), List.of("code_region", "nom"))) {
      Region r = new Region(row.get("code_region"), row.get("nom"),
          aliases.getOrDefault(row.get("code_region"), List.of()),
          former.getOrDefault(row.get("code_region"), List.of()));
      g.regions.put(r.code(), r);
      g.regionsByKey.put(TextKeys.key(r.name()), r);
      r.aliases().forEach(a -> g.regionsByKey.put(TextKeys.key(a), r));
    }
    for (TsvTable.Row row : TsvTable.read(dir.resolve("departements.tsv"),
        List.of("code_departement", "nom", "code_region"))) {
      Departement d = new Departement(row.get("code_departement"), row.get("nom"),
          row.get("code_region"));
      g.departements.put(d.code(), d);
      g.departementsByKey.put(TextKeys.key(d.name()), d);
    }
    for (TsvTable.Row row : TsvTable.read(dir.resolve("communes.tsv"), List.of("code_insee", "nom",
        "code_departement", "code_region", "population", "siren_epci", "nom_epci"))) {
      Commune c = new Commune(row.get("code_insee"), row.get("nom"), row.get("code_departement"),
          row.get("code_region"), population(row), optional(row.get("siren_epci")),
          optional(row.get("nom_epci")));
      g.communes.put(c.insee(), c);
      g.communesByKey.computeIfAbsent(TextKeys.key(c.name()), k -> new ArrayList<>()).add(c);
    }
    g.communesByKey.values().forEach(list -> list.sort(LARGEST_FIRST));
    g.collectEpcis();
    ConfigException.require(!g.communes.isEmpty(), dir.resolve("communes.tsv").toString(),
        "must list communes", 0);
    return g;
  }

  private static int population(TsvTable.Row row) {
    String value = row.get("population");
    try {
      return value.isEmpty() ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(row.where() + ": population must be a whole number (got " + value
          + ")", e);
    }
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** EPCIs from their communes' siren_epci and nom_epci columns, in order of first commune. */
  private void collectEpcis() {
    Map<String, List<Commune>> members = new LinkedHashMap<>();
    for (Commune c : communes.values()) {
      c.epciSiren().ifPresent(s -> members.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
    }
    members.forEach((siren, list) -> {
      Map<String, Long> byDepartement = list.stream()
          .collect(Collectors.groupingBy(Commune::departement, Collectors.counting()));
      String departement = Collections.max(byDepartement.entrySet(), Map.Entry.comparingByValue())
          .getKey();
      Commune first = list.get(0);
      String region = departement(departement).map(Departement::region).orElse(first.region());
      epcis.put(siren, new Epci(siren, first.epciName().orElse(siren), departement, region,
          list.stream().map(Commune::insee).toList()));
    });
  }

  public Optional<Commune> commune(String insee) {
    return Optional.ofNullable(communes.get(insee));
  }

  /** Every commune with this name (homonyms), largest population first; empty when unknown. */
  public List<Commune> communesNamed(String name) {
    return List.copyOf(communesByKey.getOrDefault(TextKeys.key(name), List.of()));
  }

  /**
   * The commune a name designates: among homonyms, the largest one in one of the
   * {@code preferredDepartements} (départements mentioned in the same document), else the largest.
   */
  public Optional<Commune> resolveCommune(String name, Collection<String> preferredDepartements) {
    return pick(communesByKey.getOrDefault(TextKeys.key(name), List.of()),
        preferredDepartements);
  }

  /** The largest candidate in a preferred département, else the largest; candidates largest first. */
  static Optional<Commune> pick(List<Commune> largestFirst, Collection<String> preferred) {
    return largestFirst.stream().filter(c -> preferred.contains(c.departement())).findFirst()
        .or(() -> largestFirst.stream().findFirst());
  }

  public Optional<Departement> departement(String code) {
    return Optional.ofNullable(departements.get(code));
  }

  public Optional<Departement> departementNamed(String name) {
    return Optional.ofNullable(departementsByKey.get(TextKeys.key(name)));
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The région with this official name or alias ("Paca"), accents and case aside. */
  public Optional<Region> regionNamed(String name) {
    return Optional.ofNullable(regionsByKey.get(TextKeys.key(name)));
  }

  /** All communes, in file order (by INSEE code). */
  public Collection<Commune> communes() {
    return Collections.unmodifiableCollection(communes.values());
  }

  public List<Departement> departements() {
    return List.copyOf(departements.values());
  }

  public Optional<Epci> epci(String siren) {
    return Optional.ofNullable(epcis.get(siren));
  }

  /** The EPCIs known through their communes (the reference tables give them for some régions). */
  public List<Epci> epcis() {
    return List.copyOf(epcis.values());
  }

  public List<Region> regions() {
    return List.copyOf(regions.values());
  }
}
