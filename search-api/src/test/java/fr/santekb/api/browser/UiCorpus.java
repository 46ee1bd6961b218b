package fr.santekb.api.browser;

import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.cli.IndexCommand;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import fr.santekb.indexer.samples.SampleWriters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small French corpus for the browser tests (action records, local health contracts, notes, in
 * TXT, HTML and Markdown) with themes, partners, communes and years the enricher recognises, indexed
 * by the real {@code index} command. Thirteen documents (one a three-page PDF, one an action plan
 * with axes and fiches): the empty query fills two result pages.
 */
final class UiCorpus {
  private UiCorpus() {}

  /** The three-page PDF; only its page {@link #TELECONSULTATION_PAGE} mentions téléconsultation. */
  static final String PDF = "cls/bilan-martigues.pdf";
  static final int TELECONSULTATION_PAGE = 3;
  /** An action plan with axes and fiches (the structure a section search finds). */
  static final String PLAN = "cls/plan-actions-arles.txt";
  /** The note that quotes a {@code <script>} tag in its text. */
  static final String SCRIPT_NOTE = "notes/copil-marseille.txt";

  /** Writes the corpus under {@code root}/corpus, indexes it into {@code root}/index, returns the index. */
  static Path writeAndIndex(Path root) throws IOException {
    Path corpus = root.resolve("corpus");
    Path index = root.resolve("index");
    write(corpus, "fiches/fiche-martigues-sante-mentale.txt", fiche(
        "Prévenir la souffrance psychique des jeunes à Martigues", "Ville de Martigues",
        "Santé mentale", "ATMO Sud ; ORS Paca (Observatoire Régional de la Santé) ; Addictions France",
        "Martigues, Port-de-Bouc", "2022", """
        La ville de Martigues met en œuvre un plan d’actions en santé mentale avec l’ARS : repérage
        de la souffrance psychique des adolescents, formation aux premiers secours en santé mentale."""));
    write(corpus, "fiches/fiche-marseille-seniors.txt", fiche(
        "Bien vieillir dans les quartiers nord de Marseille", "Ville de Marseille", "Vieillissement",
        "CPAM des Bouches-du-Rhône ; Ville de Marseille", "Marseille", "2021", """
        Le vieillissement de la population des quartiers nord appelle des actions de prévention des
        chutes et de maintien à domicile des personnes âgées. Le vieillissement en bonne santé est
        l’objectif partagé des partenaires."""));
    write(corpus, "fiches/fiche-nice-addictions.txt", fiche(
        "Réduction des risques en milieu festif à Nice", "Addictions France", "Conduites addictives",
        "Addictions France ; CPAM des Alpes-Maritimes", "Nice", "2020", """
        Prévention des conduites addictives (alcool, tabac, cannabis) auprès des jeunes adultes lors
        des événements festifs niçois."""));
    write(corpus, "fiches/fiche-avignon-nutrition.txt", fiche(
        "Manger mieux, bouger plus à Avignon", "Ville d'Avignon", "Nutrition (alimentation et activité physique)",
        "IREPS Provence-Alpes-Côte d'Azur ; Ville d'Avignon", "Avignon", "2021", """
        Ateliers d’équilibre alimentaire et d’activité physique adaptée pour les familles des
        quartiers prioritaires d’Avignon."""));
    write(corpus, "cls/cls-arles.html", html("Contrat local de santé d’Arles 2019-2023", """
        <p>Le contrat local de santé d’Arles, signé en 2019 par la ville et l’ARS, porte sur l’accès
        aux soins, la santé mentale et la nutrition des habitants des quartiers prioritaires.</p>
        <p>Les médecins généralistes et la maison de santé pluriprofessionnelle sont associés.</p>"""));
    write(corpus, "cls/cls-gap.md", """
        # Contrat local de santé de Gap

        Le contrat local de santé de Gap (Hautes-Alpes) a été signé en 2018 avec la préfecture.
        Ses axes : santé mentale des jeunes, vieillissement et perte d’autonomie en zone de montagne.
        """);
    write(corpus, "asv/asv-avignon.html", html("Atelier santé ville d’Avignon : programme 2022", """
        <p>L’atelier santé ville d’Avignon conduit en 2022 des actions de nutrition et d’activité
        physique pour les jeunes, avec les centres sociaux.</p>"""));
    write(corpus, SCRIPT_NOTE, """
        Compte rendu du comité de pilotage santé mentale de Marseille, 2023

        Le conseil local de santé mentale de Marseille s’est réuni avec l’Hôpital Édouard-Toulouse.
        Exemple de balise recopiée telle quelle dans le compte rendu : <script>alert('x')</script>
        Prochaine réunion en 2023 sur la santé mentale des étudiants.
        """);
    write(corpus, "cls/cls-aubagne.md", """
        # Contrat local de santé d’Aubagne

        Signé en 2020, le contrat local de santé d’Aubagne développe la vaccination et la santé des
        jeunes, en lien avec la protection maternelle et infantile.
        """);
    write(corpus, "asv/asv-marseille-nord.html", html("Atelier santé ville Marseille Nord 2017", """
        <p>En 2017, l’atelier santé ville de Marseille Nord travaille sur l’accès aux soins et
        l’accès aux droits des personnes en situation de précarité.</p>"""));
    write(corpus, PLAN, """
        Plan d’actions du contrat local de santé d’Arles 2020-2024

        Signataires : la Ville d’Arles, l’Agence Régionale de Santé Provence-Alpes-Côte d’Azur et
        la CPAM des Bouches-du-Rhône.

        Axe 1 : Accès aux soins

        Fiche action 1 : Renforcer la démographie médicale
        Attirer des médecins généralistes et des internes grâce à une maison de santé.

        Fiche action 2 : Développer la télémédecine
        Équiper les pharmacies pour les téléconsultations accompagnées.

        Axe 2 : Santé environnementale

        Fiche action 3 : Surveiller la qualité de l’air autour des écoles
        Des capteurs installés avec ATMO Sud mesurent la pollution aux abords des écoles.
        """);
    write(corpus, "notes/diagnostic-toulon.md", """
        # Diagnostic local de santé de Toulon

        Diagnostic réalisé en 2016 : santé mentale, vieillissement et accès aux soins à Toulon.
        """);
    SampleWriters.write(new SampleDocument("Contrat local de santé de Martigues : bilan 2021",
        "Ville de Martigues", LocalDate.of(2021, 6, 30), List.of(
            new SampleDocument.Page("Bilan du contrat local de santé", List.of(
                "Le contrat local de santé de Martigues a été évalué en 2021 avec l’ARS.")),
            new SampleDocument.Page("Santé mentale", List.of(
                "Le conseil local de santé mentale a réuni les partenaires quatre fois.")),
            new SampleDocument.Page("Accès aux soins", List.of(
                "La téléconsultation en maison de santé réduit le renoncement aux soins.")))),
        SampleFormat.PDF, corpus.resolve(PDF));
    int code = CommandLines.create(new IndexCommand()).execute("--source", corpus.toString(),
        "--index", index.toString(), "--quiet", "--threads", "1");
    if (code != ExitCodes.OK) {
      throw new IllegalStateException("indexing the browser-test corpus failed with exit code " + code);
    }
    return index;
  }

  /** An OSCARS-style action record, laid out as the enricher's record parser expects. */
  private static String fiche(String title, String porteur, String theme, String partners,
      String communes, String startYear, String context) {
    return title + "\n" + startYear + "\nPorteur de l'action : " + porteur + "\nThème\n" + theme
        + "\nPartenaire de l'action\n" + partners + "\nContexte\n" + context.strip()
        + "\nCommune\n" + communes + "\nAnnée de début de réalisation\n" + startYear + "\n";
  }

  private static String html(String title, String body) {
    return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
        + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>";
  }

  private static void write(Path corpus, String relative, String text) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text.stripIndent(), StandardCharsets.UTF_8);
  }
}
