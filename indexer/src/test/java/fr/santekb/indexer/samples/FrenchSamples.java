package fr.santekb.indexer.samples;

import java.time.LocalDate;
import java.util.List;

/** French sample documents shared by the writer and extraction tests: accents, œ, ’ and three pages. */
public final class FrenchSamples {
  public static final String TITLE = "Contrat local de santé de Sélestat 2021-2025";
  public static final String AUTHOR = "Agence régionale de santé Grand Est";
  public static final LocalDate CREATED = LocalDate.of(2021, 3, 15);

  public static final String PAGE1_HEADING = "Préambule";
  public static final String PAGE2_HEADING = "Axe 2 : santé mentale";
  public static final String PAGE3_HEADING = "Fiche action n° 3 : cœur de ville";
  /** A word only on page 2, to check that page boundaries survive. */
  public static final String PAGE2_MARKER = "psychiatrie";

  private FrenchSamples() {}

  /** Three pages of realistic French with é, è, à, ç, œ and the typographic apostrophe ’. */
  public static SampleDocument contract() {
    return new SampleDocument(TITLE, AUTHOR, CREATED, List.of(
        new SampleDocument.Page(PAGE1_HEADING, List.of(
            "Le présent contrat local de santé est conclu entre l’Agence régionale de santé, "
                + "la préfecture et la ville de Sélestat pour une durée de cinq années.",
            "Il s’appuie sur le diagnostic territorial partagé réalisé en 2020 avec les "
                + "habitants, les élus et les professionnels de santé du territoire.")),
        new SampleDocument.Page(PAGE2_HEADING, List.of(
            "La prévention du suicide et l’accès à la " + PAGE2_MARKER + " de secteur sont des "
                + "priorités : le conseil local de santé mentale réunit les acteurs chaque année.",
            "Les élèves bénéficient d’actions de prévention menées par la maison des adolescents.")),
        new SampleDocument.Page(PAGE3_HEADING, List.of(
            "Promouvoir l’activité physique des sœurs et frères aînés : une œuvre commune à "
                + "laquelle participent le centre socioculturel et la maison de santé.",
            "Indicateurs : nombre de participants, part des habitants du quartier prioritaire, "
                + "évolution du reçu de la caisse primaire d’assurance maladie."))));
  }
}
