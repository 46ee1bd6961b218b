package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.FacetName;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every facet's known values and their display labels, from the vocabularies and the reference
 * geography in {@code config/}; loaded once, immutable and thread-safe. The indexer matches text
 * against it; the search API shows its labels.
 */
public final class Vocabularies {
  /** Format ids the extractor produces (see ExtractedDocument#format). */
  public static final List<String> FORMATS = List.of("pdf", "docx", "doc", "odt", "rtf", "pptx",
      "ppt", "odp", "ods", "xlsx", "xls", "html", "txt", "md");
  private static final String YEAR_VALUE = "\\d{4}";

  private final Vocabulary themes;
  private final Vocabulary dispositifs;
  private final Vocabulary partners;
  private final DocumentTypes types;
  private final Geography geography;
  private final int currentYear;

  private Vocabularies(Vocabulary themes, Vocabulary dispositifs, Vocabulary partners,
      DocumentTypes types, Geography geography, int currentYear) {
    this.themes = themes;
    this.dispositifs = dispositifs;
    this.partners = partners;
    this.types = types;
    this.geography = geography;
    this.currentYear = currentYear;
  }

  /** Loads {@code config/vocabularies/*.tsv} and {@code config/geography/*.tsv}. */
  public static Vocabularies load(SantekbConfig config) {
    Path dir = config.vocabularyDir();
    return new Vocabularies(Vocabulary.load(dir.resolve("themes.tsv"), "patterns"),
        Vocabulary.load(dir.resolve("dispositifs.tsv"), "patterns"),
        Vocabulary.load(dir.resolve("partners.tsv"), "aliases"),
        DocumentTypes.load(dir.resolve("document_types.tsv")),
        Geography.load(config), Year.now(ZoneOffset.UTC).getValue());
  }

  /**
   * The display label of a facet value: the vocabulary label (THEME, DISPOSITIF, PARTNER, TYPE),
   * "Martigues (13)" for a commune's INSEE code, the name of a département or région code, the year
   * itself, the format in capitals ("PDF"); empty when the value is unknown.
   */
  public Optional<String> label(FacetName facet, String value) {
    return switch (facet) {
      case THEME -> themes.label(value);
      case DISPOSITIF -> dispositifs.label(value);
      case PARTNER -> partners.label(value);
      case TYPE -> types.label(value);
      case COMMUNE -> geography.commune(value).map(Commune::label);
      case DEPARTEMENT -> geography.departement(value).map(Departement::name);
      case REGION -> geography.region(value).map(Region::name);
      case YEAR -> Optional.of(value).filter(v -> v.matches(YEAR_VALUE));
      case FORMAT -> Optional.of(value).filter(v -> !v.isBlank())
          .map(v -> v.toUpperCase(Locale.ROOT));
    };
  }

  /**
   * Every known value of a facet, in vocabulary order (codes for geography, {@value
   * YearDetector#MIN_YEAR} to next year for YEAR, the extractor's format ids for FORMAT).
   */
  public List<String> values(FacetName facet) {
    return switch (facet) {
      case THEME -> themes.ids();
      case DISPOSITIF -> dispositifs.ids();
      case PARTNER -> partners.ids();
      case TYPE -> types.ids();
      case COMMUNE -> geography.communes().stream().map(Commune::insee).toList();
      case DEPARTEMENT -> geography.departements().stream().map(Departement::code).toList();
      case REGION -> geography.regions().stream().map(Region::code).toList();
      case YEAR -> IntStream.rangeClosed(YearDetector.MIN_YEAR, currentYear + 1)
          .mapToObj(String::valueOf).toList();
      case FORMAT -> FORMATS;
    };
  }

  public Geography geography() {
    return geography;
  }

  Vocabulary themes() {
    return themes;
  }

  Vocabulary dispositifs() {
    return dispositifs;
  }

  Vocabulary partners() {
    return partners;
  }

  DocumentTypes types() {
    return types;
  }

  int currentYear() {
    return currentYear;
  }
}
