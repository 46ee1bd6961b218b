package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryFinderTest {
  private final TerritoryFinder finder = new TerritoryFinder(TestFixtures.VOCABULARIES.geography());

  private Territory find(String text) {
    return finder.find(Tokens.of(text), List.of());
  }

  @Test
  void findsMultiWordNamesWrittenWithOrWithoutHyphens() {
    Territory t = find("Les villes de Port-de-Bouc et de Saint Mitre les Remparts, la commune de "
        + "la Seyne sur Mer.");
    assertThat(t.communes()).containsExactlyInAnyOrder("13077", "13098", "83126");
    assertThat(t.departements()).containsExactlyInAnyOrder("13", "83");
    assertThat(t.regions()).containsExactly("93");
  }

  @Test
  void oneWordNamesNeedALargeCommuneOrACommuneWord() {
    assertThat(find("Réunion à Martigues, puis à Apt.").communes()).containsExactly("13056");
    assertThat(find("Signé avec la commune d’Apt.").communes()).containsExactly("84003");
    assertThat(find("Le Plan de charge. Orange et Sens du projet. Tours de table.").communes())
        .isEmpty();
  }

  @Test
  void aHospitalOrTownHallIsNamedAfterItsTownWhateverItsSize() {
    assertThat(find("Chiffres clés du CH de Wissembourg").communes()).containsExactly("67544");
    assertThat(find("Centre hospitalier universitaire de Nancy, CHU de Rennes").communes())
        .containsExactlyInAnyOrder("54395", "35238");
    assertThat(find("Une journée à Nancy, puis à Rennes.").communes()).isEmpty();
  }

  @Test
  void smallerCommunesCountBesideTheirDepartementOrANeighbour() {
    assertThat(find("Les urgences de Strasbourg, Saverne et Sélestat.").communes())
        .containsExactlyInAnyOrder("67482", "67437", "67462");
    assertThat(find("Réunion à Saverne.").communes()).isEmpty();
  }

  @Test
  void formerRegionsAreTodaysAndHideTheDepartementsInTheirNames() {
    Territory t = find("Les régions Alsace, Lorraine, Aquitaine, Picardie et NORD PAS DE CALAIS, "
        + "puis le Nord Pas de Calais.");
    assertThat(t.regions()).containsExactlyInAnyOrder("44", "75", "32");
    assertThat(t.departements()).isEmpty();
    assertThat(t.communes()).isEmpty();
    assertThat(find("Le département du Pas-de-Calais.").departements()).containsExactly("62");
  }

  @Test
  void namesMustKeepTheirCapitalsAndStayWholeCompounds() {
    assertThat(find("le port de bouc, la métropole Aix-Marseille-Provence").communes()).isEmpty();
    assertThat(find("Le port de commerce").communes()).isEmpty();
    assertThat(find("CLS DE PORT-DE-BOUC").communes()).containsExactly("13077");
  }

  @Test
  void addressesAndBuildingNamesAreNotPlaces() {
    assertThat(find("Espace Santé, 40 avenue Saint-Mitre-les-Remparts").communes()).isEmpty();
    assertThat(find("Zone d'attractivité du SU Sainte Anne, hôpital Sainte-Anne").communes())
        .isEmpty();
    assertThat(find("le centre hospitalier de Martigues").communes()).containsExactly("13056");
    assertThat(find("Urgences du CH Martigues").communes()).containsExactly("13056");
  }

  @Test
  void departementsAndRegionsAreNamedExplicitly() {
    Territory t = find("la préfecture du Var, le département des Bouches du Rhône, les Hautes "
        + "Alpes, l'ORS Paca. Le var et le Var.");
    assertThat(t.communes()).isEmpty();
    assertThat(t.departements()).containsExactlyInAnyOrder("83", "13", "05");
    assertThat(t.regions()).containsExactly("93");
    assertThat(find("Un Nord et une Somme").departements()).isEmpty();
  }

  @Test
  void homonymsFollowTheDepartementMentionedInTheDocument() {
    assertThat(find("La commune de Charleval (département de l'Eure).").communes())
        .containsExactly("27151");
    assertThat(find("La commune de Charleval.").communes()).containsExactly("13024");
    assertThat(find("Vitrolles, dans les Hautes-Alpes").communes()).containsExactly("05184");
    assertThat(find("Vitrolles et Marseille").communes()).containsExactlyInAnyOrder("13117",
        "13055");
  }

  @Test
  void actionRecordCommunesReplaceNamesFoundInTheText() {
    Territory t = finder.find(Tokens.of("Faculté de Marseille, Université de Nice. Département "
        + "des Bouches-du-Rhône"), List.of("Saint-Mitre-les-Remparts", "Port-de-Bouc", "Martigues"));
    assertThat(t.communes()).containsExactlyInAnyOrder("13098", "13077", "13056");
    assertThat(t.departements()).containsExactly("13");
  }

  @Test
  void sidecarValuesResolveCodesAndNames() {
    Territory t = finder.resolve(List.of("13056", "Vaucluse", "Paca", "Port de Bouc", "06"));
    assertThat(t.communes()).containsExactlyInAnyOrder("13056", "13077");
    assertThat(t.departements()).containsExactlyInAnyOrder("13", "84", "06");
    assertThat(t.regions()).containsExactly("93");
    assertThat(finder.resolve(List.of("Atlantis")).isEmpty()).isTrue();
  }

  @Test
  void aPublishersAddressInAColophonIsNotTheDocumentsPlace() {
    assertThat(find("Source : Ministère de la Santé\n8, avenue de Ségur, 75007 Paris")
        .communes()).isEmpty();
    // a directory's addresses are its content
    assertThat(find("SOS Attentats. Hôtel des Invalides 75007 Paris. Tél. : 01 45 55 41 41")
        .communes()).containsExactly("75056");
  }

  @Test
  void anInstitutionWordAcrossPunctuationNamesNoTown() {
    assertThat(find("Leur type : SAMU / SMUR / CHU / CHR / Simple SU").communes()).isEmpty();
    assertThat(find("Le CH d'Haguenau et le CHU de Strasbourg").communes())
        .containsExactlyInAnyOrder("67180", "67482");
  }

  @Test
  void aStreetWordOnlyMakesAnAddressWithTheStreetsOwnWordsBetween() {
    assertThat(find("1 rue du Pré Saint-Gervais 93691 Pantin").communes())
        .doesNotContain("85221");
    assertThat(find("avenue de Marseille").communes()).isEmpty();
    // « voie entre Bischheim » is a railway between towns; Strasbourg places Bischheim
    assertThat(find("La neutralisation de la voie entre Bischheim et Strasbourg.").communes())
        .containsExactlyInAnyOrder("67043", "67482");
    assertThat(find("Les MSP validés ou en cours : Chalais, Barbezieux, Coteaux du Blanzacais")
        .communes()).contains("16046");
  }

  @Test
  void aServiceNumberedByItsDepartementNamesTheDepartement() {
    Territory t = find("SAMU 67 – Centre 15. Usine située entre Reichstett et la Wantzenau.");
    assertThat(t.departements()).contains("67");
    assertThat(t.communes()).containsExactlyInAnyOrder("67389", "67519");
    assertThat(find("Usine située entre Reichstett et la Wantzenau.").communes()).isEmpty();
  }

  @Test
  void aLocalTextNamesAHyphenatedCommuneByItsFirstWord() {
    assertThat(find("Les MSP de Barbezieux et de Baignes, avec Coteaux du Blanzacais et "
        + "Villebois-Lavalette.").communes()).contains("16028", "16025");
    assertThat(find("Les MSP de Barbezieux et de Baignes.").communes()).isEmpty();
    // a national text has no home département: « Entre » is no Entre-deux-Guiers
    assertThat(find("Entre Lyon, Grenoble et Bordeaux, la zone Sud-Est de la Gironde.")
        .communes()).doesNotContain("38155").contains("33063");
  }

  @Test
  void aShortNameBesideTheLongOneMeansTheLongOne() {
    assertThat(find("Le CH Avesnes, soit le Centre Hospitalier d'Avesnes-sur-Helpe.").communes())
        .containsExactly("59036");
  }

  @Test
  void aPageNumberInATableOfContentsIsNoServiceNumber() {
    // rapport2014_V4.pdf: the contents line of section 6 ends with its page, 17
    Territory toc = find("Contents\n6 Les chiffres clés de l’activité des SAMU 17\n"
        + "6.1 Organisation . . . . . 17\n");
    assertThat(toc.departements()).isEmpty();
    assertThat(find("Activité 2014\nLe SAMU 67 a traité 1 200 appels.").departements())
        .containsExactly("67");
    assertThat(find("6 Les chiffres clés de l’activité du SAMU 67 en 2014").departements())
        .containsExactly("67");
  }
}
