package fr.santekb.api;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.ProgressBar;
import fr.santekb.indexer.index.RunReport;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import fr.santekb.indexer.samples.SampleWriters;
import fr.santekb.indexer.schema.DocumentIds;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small French corpus written by the tests, indexed by the real pipeline (Tika, cleaning,
 * enrichment, mapping) with one thread, so document order and scores are the same on every run.
 * Sidecars pin the years; formats are TXT, HTML, Markdown and one 300-page PDF.
 */
public final class MiniCorpus {
  public static final String FICHE = "fiches/fiche-martigues.txt";
  public static final String ARLES = "asv/plan-arles.html";
  public static final String MARSEILLE = "asv/plan-marseille.html";
  public static final String GAP = "notes/compte-rendu-gap.md";
  public static final String SCRIPT = "notes/extrait-site.txt";
  public static final String HOPITAL = "rapports/hopital-martigues.txt";
  public static final String LONG_PDF = "rapports/rapport-observatoire.pdf";
  /** The page of {@link #LONG_PDF} that alone mentions "zoonoses". */
  public static final int ZOONOSES_PAGE = 250;
  public static final int PDF_PAGES = 300;

  public final Path corpus;
  public final Path index;
  public final RunReport report;

  private MiniCorpus(Path corpus, Path index, RunReport report) {
    this.corpus = corpus;
    this.index = index;
    this.report = report;
  }

  /** The project's config folder. */
  public static Path configDir() {
    return ConfigLoader.locate(null);
  }

  /** The id the index gives the corpus file at {@code relativePath}. */
  public String id(String relativePath) {
    return DocumentIds.of(corpus.resolve(relativePath));
  }

  public static MiniCorpus build(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, FICHE, """
        Contrat Local de Santé (CLS) Pays de Martigues
        2024
        Porteur de l'action : Ville de Martigues
        Thème
        Santé mentale, Vieillissement
        Partenaire de l'action
        ATMO Sud ; ORS Paca (Observatoire Régional de la Santé)
        Contexte
        La ville de Martigues met en œuvre un plan d’actions en santé mentale avec l’ARS : \
        repérage de la souffrance psychique, prévention du suicide, santé mentale des jeunes et \
        accompagnement du vieillissement.
        Commune
        Martigues, Port-de-Bouc
        """, 2024);
    write(corpus, ARLES, """
        <html><head><meta charset="utf-8"><title>Atelier Santé Ville d’Arles</title></head>
        <body><h1>Atelier Santé Ville d’Arles</h1><p>Le plan local de santé publique porte sur
        l’accès aux soins et la nutrition des habitants des quartiers prioritaires d’Arles.</p>
        </body></html>
        """, 2019);
    write(corpus, MARSEILLE, """
        <html><head><meta charset="utf-8"><title>Plan local de santé publique de Marseille</title>
        </head><body><h1>Plan local de santé publique de Marseille</h1><p>Le diagnostic partagé
        de santé publique décrit l’accès aux droits et la précarité dans les quartiers nord de
        Marseille, avec l’Agence régionale de santé.</p></body></html>
        """, 2022);
    write(corpus, GAP, """
        # Compte rendu du comité de pilotage de Gap

        Le contrat local de santé de Gap (Hautes-Alpes) prévoit un volet santé mentale et un axe
        sur le vieillissement de la population, avec la préfecture.
        """, 2018);
    write(corpus, SCRIPT, """
        Extrait du site de la mairie
        Une page copiée contenait ce code : <script>alert("piratage")</script> & d'autres \
        balises <b>grasses</b>. Le piratage du site a été signalé.
        """, null);
    write(corpus, HOPITAL, """
        Hôpital de Martigues : rapport d’activité
        L’Hôpital de Martigues accueille les urgences du territoire. Les hôpitaux de proximité \
        travaillent avec l'hôpital de référence.
        """, 2019);
    writeLongPdf(corpus.resolve(LONG_PDF));
    sidecar(corpus, LONG_PDF, 2020);
    Path index = dir.resolve("index");
    SantekbConfig config = ConfigLoader.load(configDir());
    RunReport report;
    try (IndexingComponents components = new IndexingComponents(config)) {
      report = components.runner(1).run(List.of(corpus), index, false,
          total -> new ProgressBar(new PrintStream(OutputStream.nullOutputStream(), false,
              StandardCharsets.UTF_8), false, total));
    }
    return new MiniCorpus(corpus, index, report);
  }

  private static void write(Path corpus, String relative, String text, Integer year)
      throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    if (year != null) {
      sidecar(corpus, relative, year);
    }
  }

  private static void sidecar(Path corpus, String relative, int year) throws IOException {
    Files.writeString(corpus.resolve(relative + ".meta.json"), "{\"year\": " + year + "}",
        StandardCharsets.UTF_8);
  }

  /** 300 short pages; only page {@link #ZOONOSES_PAGE} speaks of zoonoses. */
  private static void writeLongPdf(Path target) throws IOException {
    List<SampleDocument.Page> pages = new ArrayList<>();
    for (int p = 1; p <= PDF_PAGES; p++) {
      String text = p == ZOONOSES_PAGE
          ? "La surveillance des zoonoses dans les élevages du territoire reste une priorité de "
              + "l’observatoire."
          : "Le tableau de bord de l’observatoire décrit la population du territoire, page " + p
              + ", avec les indicateurs habituels de recours aux soins.";
      pages.add(new SampleDocument.Page("Chapitre " + p, List.of(text)));
    }
    SampleWriters.write(new SampleDocument("Rapport de l’observatoire régional",
        "Observatoire", LocalDate.of(2020, 3, 15), pages), SampleFormat.PDF, target);
  }
}
