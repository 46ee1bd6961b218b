package fr.santekb.indexer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartiesTest {
  private final Parties parties = new Parties();

  @Test
  void thePartiesBeforeTheAgreementAreNamedUpToTheirAddress() {
    String text = """
        Contrat Local de Santé

        Entre d’une part :

        L’agence régionale de santé des Hauts-de-France, dont le siège administratif est
        situé 556 avenue Willy Brandt, représentée par son Directeur général,

        - Ci-après dénommée « l’ARS »
        et,

        La Caisse Primaire d’Assurance Maladie du Hainaut, dont le siège social est situé
        au 100 rue du Rempart, représentée par son Directeur

        - Ci-après dénommée « la CPAM »
        et,

        Le Conseil Territorial de Santé du Hainaut, représenté par son Président

        Il est convenu ce qui suit :
        Pour les médecins généralistes, rien.
        """;
    assertThat(parties.names(text)).containsExactly(
        "L’agence régionale de santé des Hauts-de-France",
        "La Caisse Primaire d’Assurance Maladie du Hainaut",
        "Le Conseil Territorial de Santé du Hainaut");
  }

  @Test
  void partiesMayFollowEntreAndEtOnTheirOwnLines() {
    String text = """
        Le présent contrat est conclu :

        ENTRE : l'Agence Régionale de Santé Nouvelle Aquitaine, représentée par M. X, en
        qualité de Directeur Général,

        ET : l'État, représenté par Mme Y, en qualité de Préfète de la Charente,

        ET: la Région Nouvelle-Aquitaine, représentée par son Président,

        Il est convenu ce qui suit :
        """;
    assertThat(parties.names(text)).containsExactly(
        "l'Agence Régionale de Santé Nouvelle Aquitaine", "l'État",
        "la Région Nouvelle-Aquitaine");
  }

  @Test
  void aLineOfSignatoriesNamesEachOfThem() {
    String text = "Contrat\n\nSignataires : la Ville de Nice, l’Agence Régionale de Santé "
        + "Provence-Alpes-Côte d’Azur, la Préfecture des Alpes-Maritimes et la CPAM des "
        + "Alpes-Maritimes.\n\nSigné à Nice le 21 septembre 2022.";
    assertThat(parties.names(text)).containsExactly("la Ville de Nice",
        "l’Agence Régionale de Santé Provence-Alpes-Côte d’Azur",
        "la Préfecture des Alpes-Maritimes", "la CPAM des Alpes-Maritimes");
  }

  @Test
  void signatureLinesCountOnlyTogether() {
    String text = "Pour les médecins généralistes,\n" + "x ".repeat(2000)
        + "\nPour l’Agence régionale de santé,\nPour la Ville de Martigues,\nPour le Conseil "
        + "départemental,\n";
    assertThat(parties.names(text)).containsExactly("Agence régionale de santé",
        "Ville de Martigues", "Conseil départemental");
  }
}
