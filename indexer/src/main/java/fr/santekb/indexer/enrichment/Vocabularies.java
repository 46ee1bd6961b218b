package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.quality.QualityLevel;
import fr.santekb.indexer.schema.FacetName;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private final Map<String, List<String>> acronyms;
  private final Descriptions descriptions;
  private final int currentYear;

  private Vocabularies(Vocabulary themes, Vocabulary dispositifs, Vocabulary partners,
      DocumentTypes types, Geography geography, Map<String, List<String>> acronyms,
      Descriptions descriptions, int currentYear) {
    this.themes = themes;
    this.dispositifs = dispositifs;
    this.partners = partners;
    this.types = types;
    this.geography = geography;
    this.acronyms = acronyms;
    this.descriptions = descriptions;
    this.currentYear = currentYear;
  }

  /**
   * Loads {@code config/vocabularies/*.tsv}, {@code config/geography/*.tsv} and the glossary of
   * acronyms ({@code config/analysis/acronyms.tsv}).
   */
  public static Vocabularies load(SantekbConfig config) {
    Path dir = config.vocabularyDir();
    Vocabulary themes = Vocabulary.load(dir.resolve("themes.tsv"), "patterns");
    Vocabulary dispositifs = Vocabulary.load(dir.resolve("dispositifs.tsv"), "patterns");
    Vocabulary partners = Vocabulary.load(dir.resolve("partners.tsv"), "aliases");
    Descriptions descriptions = Descriptions.load(dir.resolve(Descriptions.FILE),
        Map.of(FacetName.THEME, themes.ids(), FacetName.DISPOSITIF, dispositifs.ids(),
            FacetName.PARTNER, partners.ids()));
    return new Vocabularies(themes, dispositifs, partners,
        DocumentTypes.load(dir.resolve("document_types.tsv")), Geography.load(config),
        FrenchAnalysis.load(config.analysisDir()).acronyms(), descriptions,
        Year.now(ZoneOffset.UTC).getValue());
  }

  /**
   * The display label of a facet value: the vocabulary label (THEME, DISPOSITIF, PARTNER, TYPE),
   * "Martigues (13)" for a commune's INSEE code, the name of a département or région code, the year
   * itself, the format in capitals ("PDF"), a quality level capitalised ("Bonne"); empty when the
   * value is unknown.
   */
  public Optional<String> label(FacetName facet, String value) {
    return switch (facet) {
      case THEME -> themes.label(value);
      case DISPOSITIF -> dispositifs.label(value);
      case PARTNER, SIGNATORY -> partners.label(value);
      case TYPE -> types.label(value);
      case COMMUNE -> geography.commune(value).map(Commune::label);
      case EPCI -> geography.epci(value).map(Epci::name);
      case DEPARTEMENT -> geography.departement(value).map(Departement::name);
      case REGION -> geography.region(value).map(Region::name);
      case YEAR -> Optional.of(value).filter(v -> v.matches(YEAR_VALUE));
      case FORMAT -> Optional.of(value).filter(v -> !v.isBlank())
          .map(v -> v.toUpperCase(Locale.ROOT));
      case ACRONYM -> Optional.of(value).filter(acronyms::containsKey);
      case QUALITY -> QualityLevel.fromId(value).map(QualityLevel::label);
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
      case PARTNER, SIGNATORY -> partners.ids();
      case TYPE -> types.ids();
      case COMMUNE -> geography.communes().stream().map(Commune::insee).toList();
      case EPCI -> geography.epcis().stream().map(Epci::siren).toList();
      case DEPARTEMENT -> geography.departements().stream().map(Departement::code).toList();
      case REGION -> geography.regions().stream().map(Region::code).toList();
      case YEAR -> IntStream.rangeClosed(YearDetector.MIN_YEAR, currentYear + 1)
          .mapToObj(String::valueOf).toList();
      case FORMAT -> FORMATS;
      case ACRONYM -> List.copyOf(acronyms.keySet());
      case QUALITY -> QualityLevel.ids();
    };
  }

  /**
   * The entries of a vocabulary facet (THEME, DISPOSITIF, PARTNER) in file order, with aliases and
   * descriptions; empty for the other facets, whose values are codes, years or formats.
   */
  public List<VocabularyEntry> entries(FacetName facet) {
    Vocabulary vocabulary = switch (facet) {
      case THEME -> themes;
      case DISPOSITIF -> dispositifs;
      case PARTNER -> partners;
      default -> null;
    };
    if (vocabulary == null) {
      return List.of();
    }
    return vocabulary.ids().stream().map(id -> new VocabularyEntry(id,
        vocabulary.label(id).orElseThrow(), vocabulary.aliases(id),
        descriptions.of(facet, id))).toList();
  }

  /**
   * The glossary: each acronym (upper-case key) with its expansions, the health sense first; an
   * acronym with several expansions is ambiguous (ARS: agence régionale de santé, allocation de
   * rentrée scolaire).
   */
  public Map<String, List<String>> acronyms() {
    return acronyms;
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
