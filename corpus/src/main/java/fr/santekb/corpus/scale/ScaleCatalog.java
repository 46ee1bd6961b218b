package fr.santekb.corpus.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What scale documents are made of, read from the project's configuration: communes with their
 * population (a commune is drawn in proportion to it), themes and dispositifs (a label and a phrase
 * the enricher recognises), and partners (the vocabulary's, plus local associations named after the
 * most populous communes).
 */
public final class ScaleCatalog {
  /** Local associations generated per kind; four kinds, so four times this many. */
  static final int COMMUNES_WITH_ASSOCIATIONS = 80;
  private static final List<String> ASSOCIATION_KINDS = List.of("Association Santé Solidarité",
      "Comité de prévention", "Centre social", "Collectif des aidants");

  /** A theme or dispositif: its label, and a phrase of its patterns to write in the text. */
  public record Entry(String id, String label, String phrase) {}

  private final List<String> communes;
  private final long[] cumulativePopulation;
  private final List<Entry> themes;
  private final List<Entry> dispositifs;
  private final List<String> partners;

  private ScaleCatalog(List<String> communes, long[] cumulativePopulation, List<Entry> themes,
      List<Entry> dispositifs, List<String> partners) {
    this.communes = communes;
    this.cumulativePopulation = cumulativePopulation;
    this.themes = themes;
    this.dispositifs = dispositifs;
    this.partners = partners;
  }

  /** Reads {@code geography/communes.tsv} and {@code vocabularies/*.tsv} under {@code configDir}. */
  public static ScaleCatalog load(Path configDir) {
    List<String[]> communeRows = rows(configDir.resolve("geography/communes.tsv"));
    String[] header = communeRows.getFirst();
    int name = column(header, "nom");
    int population = column(header, "population");
    List<String[]> communeData = communeRows.subList(1, communeRows.size());
    List<String> communes = new ArrayList<>();
    long[] cumulative = new long[communeData.size()];
    long total = 0;
    for (String[] row : communeData) {
      long p = row.length > population && !row[population].isBlank()
          ? Long.parseLong(row[population].strip()) : 0;
      total += Math.max(1, p);
      cumulative[communes.size()] = total;
      communes.add(row[name]);
    }
    List<String> partners = new ArrayList<>(labels(configDir.resolve("vocabularies/partners.tsv")));
    // Distinct names: two Saint-Denis (93 and 974) would give the same associations.
    List<String> biggest = communeData.stream()
        .sorted(Comparator.comparingLong((String[] r) -> -Long.parseLong(
            r[population].isBlank() ? "0" : r[population].strip())).thenComparing(r -> r[0]))
        .map(r -> r[name]).distinct().limit(COMMUNES_WITH_ASSOCIATIONS).toList();
    for (String kind : ASSOCIATION_KINDS) {
      biggest.forEach(commune -> partners.add(kind + " " + ScaleDocuments.of(commune)));
    }
    return new ScaleCatalog(List.copyOf(communes), cumulative,
        entries(configDir.resolve("vocabularies/themes.tsv")),
        entries(configDir.resolve("vocabularies/dispositifs.tsv")), List.copyOf(partners));
  }

  /** A commune, drawn in proportion to its population. */
  public String commune(SplittableRandom random) {
    long draw = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
    int i = Arrays.binarySearch(cumulativePopulation, draw + 1);
    return communes.get(i >= 0 ? i : -i - 1);
  }

  public List<Entry> themes() {
    return themes;
  }

  public List<Entry> dispositifs() {
    return dispositifs;
  }

  public List<String> partners() {
    return partners;
  }

  private static List<Entry> entries(Path tsv) {
    List<String[]> rows = rows(tsv);
    int id = column(rows.getFirst(), "id");
    int label = column(rows.getFirst(), "label");
    int patterns = column(rows.getFirst(), "patterns");
    return rows.subList(1, rows.size()).stream()
        .map(r -> new Entry(r[id], r[label], phrase(r[patterns], r[label])))
        .toList();
  }

  /** The first pattern written in full words (no acronym, no prefix), else the label. */
  private static String phrase(String patterns, String label) {
    return Arrays.stream(patterns.split("\\|")).map(String::strip)
        .filter(p -> !p.endsWith("*") && !p.equals(p.toUpperCase(Locale.ROOT)) && p.length() > 3)
        .findFirst().orElse(label);
  }

  private static List<String> labels(Path tsv) {
    List<String[]> rows = rows(tsv);
    int label = column(rows.getFirst(), "label");
    return rows.subList(1, rows.size()).stream().map(r -> r[label]).toList();
  }

  private static int column(String[] header, String name) {
    int i = Arrays.asList(header).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("column '" + name + "' missing from header "
          + Arrays.toString(header));
    }
    return i;
  }

  /** Non-comment, non-blank lines split on tabs; the first is the header. */
  private static List<String[]> rows(Path tsv) {
    try {
      List<String[]> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .toList();
      if (rows.size() < 2) {
        throw new IllegalArgumentException(tsv + ": needs a header and at least one row");
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
  }
}
