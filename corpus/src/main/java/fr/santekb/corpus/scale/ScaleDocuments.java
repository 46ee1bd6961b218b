package fr.santekb.corpus.scale;

import fr.santekb.corpus.scale.ScaleCatalog.Entry;
import fr.santekb.corpus.scale.ScaleDocument.Kind;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleDocument.Page;
import fr.santekb.indexer.samples.SampleFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws scale documents: document {@code i} of seed {@code s} depends on nothing else, so documents
 * can be made in any order, on any number of threads, and always come out the same. Thread-safe.
 */
public final class ScaleDocuments {
  static final int FIRST_YEAR = 2009;
  static final int LAST_YEAR = 2026;
  /** Formats and their weights: office formats dominate, as in a real document store. */
  private static final List<SampleFormat> FORMATS = weighted(
      SampleFormat.PDF, 25, SampleFormat.DOCX, 18, SampleFormat.ODT, 8, SampleFormat.RTF, 5,
      SampleFormat.PPTX, 7, SampleFormat.PPT, 3, SampleFormat.ODP, 4, SampleFormat.ODS, 2,
      SampleFormat.HTML, 10, SampleFormat.TXT_UTF8, 6, SampleFormat.TXT_CP1252, 2,
      SampleFormat.MARKDOWN, 10);
  private static final List<String> PUBLICS = List.of("les jeunes de 12 à 25 ans",
      "les personnes âgées isolées", "les habitants des quartiers prioritaires",
      "les familles monoparentales", "les professionnels de santé du territoire",
      "les personnes en situation de précarité", "les élèves des écoles élémentaires");

  private final ScaleCatalog catalog;
  private final SentencePool sentences;
  private final long seed;

  public ScaleDocuments(ScaleCatalog catalog, SentencePool sentences, long seed) {
    this.catalog = catalog;
    this.sentences = sentences;
    this.seed = seed;
  }

  /** Document number {@code i} (0-based) of this seed. */
  public ScaleDocument document(long i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Kind kind = Kind.values()[pick(random, 3, 5, 2)];
    SampleFormat format = FORMATS.get(random.nextInt(FORMATS.size()));
    int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    String commune = catalog.commune(random);
    List<Entry> themes = distinct(random, catalog.themes(), 1 + random.nextInt(3));
    Entry dispositif = catalog.dispositifs().get(random.nextInt(catalog.dispositifs().size()));
    List<String> partners = distinct(random, catalog.partners(), 2 + random.nextInt(4));
    String id = String.format(Locale.ROOT, "%s-%s-%d-%07d", kind.slug(), slug(commune), year, i);
    Draft d = new Draft(random, commune, year, themes, dispositif, partners);
    SampleDocument content = new SampleDocument(title(kind, d), partners.getFirst(),
        LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), pages(kind, d));
    Optional<Sidecar> sidecar = random.nextInt(10) == 0
        ? Optional.of(new Sidecar(Optional.empty(), Optional.empty(), List.of(dispositif.id()),
            List.of(commune), Optional.of(year), partners, Optional.empty()))
        : Optional.empty();
    return new ScaleDocument(id, kind, format, year, commune,
        themes.stream().map(Entry::id).toList(), dispositif.id(), partners, content, sidecar);
  }

  /** What one document is about, and its random source, while its pages are written. */
  private record Draft(SplittableRandom random, String commune, int year, List<Entry> themes,
      Entry dispositif, List<String> partners) {}

  private static String title(Kind kind, Draft d) {
    return switch (kind) {
      case CONTRACT -> d.dispositif().label() + " " + of(d.commune()) + " " + d.year() + "-"
          + (d.year() + 4);
      case FICHE_ACTION -> "Fiche action n° " + (1 + d.random().nextInt(30)) + " — "
          + d.themes().getFirst().label() + " (" + d.commune() + ")";
      case REPORT -> (d.random().nextBoolean() ? "Rapport d'activité " + d.year() + " — "
          : "Diagnostic local de santé " + d.year() + " — ") + d.dispositif().label() + " "
          + of(d.commune());
    };
  }

  private List<Page> pages(Kind kind, Draft d) {
    List<Page> pages = new ArrayList<>();
    String partnerList = String.join(", ", d.partners());
    pages.add(new Page(kind == Kind.FICHE_ACTION ? "Présentation de l'action" : "Préambule",
        List.of("Le présent document concerne la commune " + of(d.commune()) + " pour l'année "
            + d.year() + ", dans le cadre du dispositif « " + d.dispositif().phrase() + " ».",
            prose(d, 3), "Partenaires : " + partnerList + ".")));
    for (Entry theme : d.themes()) {
      pages.add(new Page("Thème : " + theme.label(), List.of(
          "Les actions du volet « " + theme.phrase() + " » visent " + PUBLICS.get(
              d.random().nextInt(PUBLICS.size())) + " " + of(d.commune()) + ".",
          prose(d, 2 + d.random().nextInt(3)), prose(d, 2))));
    }
    int extra = switch (kind) {
      case CONTRACT -> 2 + d.random().nextInt(3);
      case FICHE_ACTION -> 0;
      case REPORT -> 1 + d.random().nextInt(2);
    };
    for (int p = 0; p < extra; p++) {
      pages.add(new Page("Partie " + (p + 1), List.of(prose(d, 3), prose(d, 2 + d.random()
          .nextInt(3)))));
    }
    pages.add(new Page(kind == Kind.CONTRACT ? "Signataires" : "Suivi et évaluation", List.of(
        "Porteur : " + d.partners().getFirst() + ".", "Calendrier : " + d.year() + "-"
            + (d.year() + 1 + d.random().nextInt(4)) + ".", prose(d, 1))));
    return pages;
  }

  /** {@code n} real sentences in one paragraph. */
  private String prose(Draft d, int n) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < n; s++) {
      text.append(s == 0 ? "" : " ").append(sentences.next(d.random()));
    }
    return text.toString();
  }

  private static <T> List<T> distinct(SplittableRandom random, List<T> from, int n) {
    Set<T> picked = new LinkedHashSet<>();
    while (picked.size() < Math.min(n, from.size())) {
      picked.add(from.get(random.nextInt(from.size())));
    }
    return List.copyOf(picked);
  }

  private static int pick(SplittableRandom random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    throw new AssertionError("weights exhausted");
  }

  /** "de Toulouse", "d'Antibes": the French "of" before a name. */
  static String of(String name) {
    return "AEIOUYÉÈÊÎÔH".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "d'" + name
        : "de " + name;
  }

  /** Lower-case ASCII words joined by '-': "Saint-Étienne" → "saint-etienne". */
  static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static List<SampleFormat> weighted(Object... formatsAndWeights) {
    List<SampleFormat> list = new ArrayList<>();
    for (int i = 0; i < formatsAndWeights.length; i += 2) {
      for (int w = 0; w < (Integer) formatsAndWeights[i + 1]; w++) {
        list.add((SampleFormat) formatsAndWeights[i]);
      }
    }
    return List.copyOf(list);
  }
}
