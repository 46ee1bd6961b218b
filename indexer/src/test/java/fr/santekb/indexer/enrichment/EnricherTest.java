package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private final Enricher enricher = TestFixtures.ENRICHER;

  private static ExtractedDocument cleanedSeed(String prefix) throws IOException {
    String raw = TestFixtures.seed(prefix);
    String cleaned = TextCleaner.standard().clean(List.of(raw)).get(0);
    return TestFixtures.document(prefix + "seed", cleaned);
  }

  /**
   * Seed 001 is an OSCARS record of the CLS of the Pays de Martigues: "2024" stands under the title
   * (the year of the record) and the start year field says 2014. The year under the title wins: it
   * dates the document; the start year dates the action and stays in the action record.
   */
  @Test
  void seed001ActionRecordEndToEnd() throws IOException {
    Enrichment e = enricher.enrich(cleanedSeed("001_"), Sidecar.none());
    ActionRecord r = e.actionRecord().orElseThrow();
    assertThat(r.title()).contains("Contrat Local de Santé (CLS) Pays de Martigues");
    assertThat(r.themes()).hasSize(14).contains("Nutrition (alimentation et activité physique)");
    assertThat(r.partners()).hasSizeBetween(36, 42).contains("ATMO Sud");
    assertThat(r.communes()).containsExactly("Saint-Mitre-les-Remparts", "Port-de-Bouc",
        "Martigues");
    assertThat(r.startYear()).contains(2014);

    assertThat(e.values(FacetName.THEME)).contains("environnement", "sante-travail",
        "conduites-addictives", "nutrition", "cancers", "sante-bucco-dentaire", "sexualite",
        "sante-mentale", "vih-sida-ist", "vieillissement", "precarite", "maladies-chroniques",
        "politique-sante", "competences-psychosociales");
    assertThat(e.values(FacetName.PARTNER)).contains("atmo-sud", "13-habitat", "urps-ml",
        "conseil-departemental", "communes").hasSizeGreaterThanOrEqualTo(37);
    assertThat(e.values(FacetName.COMMUNE)).containsExactlyInAnyOrder("13098", "13077", "13056");
    assertThat(e.values(FacetName.DEPARTEMENT)).containsExactly("13");
    assertThat(e.values(FacetName.REGION)).containsExactly("93");
    assertThat(e.values(FacetName.TYPE)).containsExactly("fiche-action");
    assertThat(e.values(FacetName.DISPOSITIF)).contains("cls");
    assertThat(e.year()).contains(2024);
    assertThat(e.values(FacetName.YEAR)).containsExactly("2024");
    assertThat(e.values(FacetName.FORMAT)).containsExactly("txt");
  }

  @Test
  void everySeed001PartnerResolvesToAVocabularyEntry() throws IOException {
    ActionRecord r = enricher.enrich(cleanedSeed("001_"), Sidecar.none()).actionRecord()
        .orElseThrow();
    for (String partner : r.partners()) {
      assertThat(TestFixtures.VOCABULARIES.partners().resolve(partner)).as(partner).isNotEmpty();
    }
  }

  @Test
  void rawPartnerNamesOutsideTheVocabularyAreNotFacetValues() {
    String text = """
        Fiche action
        Porteur de l'action : Association Les Amis du Quartier
        Thème
        Santé mentale
        Partenaire de l'action
        Association Les Amis du Quartier ; ARS
        Année de début de réalisation
        2020
        Niveau territorial de santé
        Martigues
        """;
    Enrichment e = enricher.enrich(TestFixtures.document("fiche", text), Sidecar.none());
    assertThat(e.actionRecord()).isPresent();
    assertThat(e.values(FacetName.PARTNER)).containsExactly("ars");
    assertThat(e.values(FacetName.TYPE)).containsExactly("fiche-action");
  }

  @Test
  void aSidecarOverridesTypeYearTerritoryPartnersAndDispositifs() {
    ExtractedDocument doc = TestFixtures.document("Rapport d'activité 2019", "pdf",
        "Rapport d'activité 2019 de l'atelier santé ville de Martigues avec l'ARS.",
        Optional.of(LocalDate.of(2019, 5, 2)));
    Enrichment detected = enricher.enrich(doc, Sidecar.none());
    assertThat(detected.values(FacetName.TYPE)).containsExactly("rapport");
    assertThat(detected.year()).contains(2019);
    assertThat(detected.values(FacetName.COMMUNE)).containsExactly("13056");

    Sidecar sidecar = new Sidecar(Optional.of("Titre"), Optional.of("Compte rendu"),
        List.of("Contrat local de santé"), List.of("Port-de-Bouc", "Vaucluse"), Optional.of(2021),
        List.of("Agence régionale de santé", "CAF", "Inconnu"),
        Optional.of("https://example.org/cr.pdf"));
    Enrichment e = enricher.enrich(doc, sidecar);
    assertThat(e.values(FacetName.TYPE)).containsExactly("compte-rendu");
    assertThat(e.year()).contains(2021);
    assertThat(e.values(FacetName.YEAR)).containsExactly("2021");
    assertThat(e.values(FacetName.DISPOSITIF)).containsExactly("cls");
    assertThat(e.values(FacetName.COMMUNE)).containsExactly("13077");
    assertThat(e.values(FacetName.DEPARTEMENT)).containsExactlyInAnyOrder("13", "84");
    assertThat(e.values(FacetName.REGION)).containsExactly("93");
    assertThat(e.values(FacetName.PARTNER)).containsExactlyInAnyOrder("ars", "caf");
    assertThat(e.sourceUrl()).contains("https://example.org/cr.pdf");
  }

  @Test
  void unresolvableSidecarValuesKeepWhatWasDetected() {
    ExtractedDocument doc = TestFixtures.document("Guide", "Guide de l'ARS pour les CLS.");
    Sidecar sidecar = new Sidecar(Optional.empty(), Optional.of("zzz"), List.of("zzz"),
        List.of("Atlantis"), Optional.empty(), List.of(), Optional.empty());
    Enrichment e = enricher.enrich(doc, sidecar);
    assertThat(e.values(FacetName.TYPE)).containsExactly("guide");
    assertThat(e.values(FacetName.DISPOSITIF)).containsExactly("cls");
    assertThat(e.values(FacetName.PARTNER)).containsExactly("ars");
  }

  @Test
  void theSeatsOfAContractsPartiesAreNotItsTerritoryButItsSignatoriesAreKnown() {
    ExtractedDocument doc = TestFixtures.document("Contrat local de santé de Fourmies",
        """
        Contrat local de santé 2025/2028

        Entre d'une part :

        L'agence régionale de santé des Hauts-de-France, dont le siège est situé 556 avenue
        Willy Brandt 59777 EURALILLE, représentée par son Directeur général,
        et,
        La Caisse d'Allocations Familiales, dont le siège social est situé 82 rue Brûle Maison
        59000 LILLE, représentée par sa Directrice

        Il est convenu ce qui suit :

        Le contrat porte sur les communes de Fourmies et de Trélon, dans le département du Nord.
        """);
    Enrichment e = enricher.enrich(doc, Sidecar.none());
    assertThat(e.values(FacetName.COMMUNE)).contains("59249", "59601").doesNotContain("59350");
    assertThat(e.values(FacetName.SIGNATORY)).contains("ars", "caf");
    assertThat(e.contract().period()).hasValueSatisfying(p -> {
      assertThat(p.from()).isEqualTo(2025);
      assertThat(p.to()).isEqualTo(2028);
    });
  }

  @Test
  void schoolAllowanceArsIsNotThePartnerArs() {
    ExtractedDocument doc = TestFixtures.document("Aides aux familles",
        "L'allocation de rentrée scolaire (ARS) est versée par la CAF. L'ARS aide les familles.");
    assertThat(enricher.enrich(doc, Sidecar.none()).values(FacetName.PARTNER))
        .containsExactly("caf");
  }

  @Test
  void homonymousCommunesFollowTheDepartementOfTheDocument() {
    ExtractedDocument eure = TestFixtures.document("Note",
        "Action menée dans la commune de Charleval, département de l'Eure.");
    ExtractedDocument provence = TestFixtures.document("Note",
        "Action menée dans la commune de Charleval (Bouches-du-Rhône).");
    assertThat(enricher.enrich(eure, Sidecar.none()).values(FacetName.COMMUNE))
        .containsExactly("27151");
    assertThat(enricher.enrich(eure, Sidecar.none()).values(FacetName.REGION))
        .containsExactly("28");
    assertThat(enricher.enrich(provence, Sidecar.none()).values(FacetName.COMMUNE))
        .containsExactly("13024");
  }

  @Test
  void themesOfLongTextsNeedMentionsInProportionToTheirLength() {
    // 3,600 words: three mentions needed (one more per 1,500 words), or one in the title.
    String filler = "Le comité se réunit et échange sur le territoire. ".repeat(400);
    ExtractedDocument twice = TestFixtures.document("Compte rendu",
        filler + "Le cancer, encore le cancer.");
    ExtractedDocument thrice = TestFixtures.document("Compte rendu",
        filler + "Le cancer, le cancer et toujours le cancer.");
    ExtractedDocument title = TestFixtures.document("Dépistage du cancer", filler);
    assertThat(enricher.enrich(twice, Sidecar.none()).values(FacetName.THEME))
        .doesNotContain("cancers");
    assertThat(enricher.enrich(thrice, Sidecar.none()).values(FacetName.THEME))
        .contains("cancers");
    assertThat(enricher.enrich(title, Sidecar.none()).values(FacetName.THEME)).contains("cancers");
    assertThat(Enricher.themeMentionsNeeded(200)).isEqualTo(1);
    assertThat(Enricher.themeMentionsNeeded(1_500)).isEqualTo(2);
    assertThat(Enricher.themeMentionsNeeded(30_000)).isEqualTo(21);
  }

  @Test
  void aPlainTextFileIsAWebPageButARecordsTextIsNot() {
    String text = "Bienvenue sur le site de la ville.";
    assertThat(enricher.enrich(TestFixtures.document("accueil", text), Sidecar.none())
        .values(FacetName.TYPE)).containsExactly("page-web");
    ExtractedDocument record = new ExtractedDocument(Path.of("r1.txt"),
        JsonlRecordParser.MEDIA_TYPE, "txt", text.length(),
        "0".repeat(64), "accueil", Optional.empty(), Optional.empty(),
        Optional.of("fr"), List.of(text), false, false);
    assertThat(enricher.enrich(record, Sidecar.none()).values(FacetName.TYPE))
        .containsExactly("autre");
  }

  @Test
  void aCategoryOfAStatisticalBreakdownIsNoTheme() {
    String breakdown = "Type de recours : médico-chirurgical 52.65 % traumatologique 40.42 % "
        + "psychiatrique 2.24 % toxicologique 0.99 %";
    assertThat(enricher.enrich(TestFixtures.document("stats", breakdown), Sidecar.none())
        .values(FacetName.THEME)).doesNotContain("sante-mentale");
    assertThat(enricher.enrich(TestFixtures.document("cmp", "Ouverture d'un service de "
        + "psychiatrie à Martigues."), Sidecar.none()).values(FacetName.THEME))
        .contains("sante-mentale");
    assertThat(Enricher.statisticLabel("psychiatrique\n2,5%", 13)).isTrue();
    // an emergency department's record (RPU) is about emergencies, in a table or not
    assertThat(enricher.enrich(TestFixtures.document("stats", "Nombre de RPU transmis : 12 000"),
        Sidecar.none()).values(FacetName.THEME)).contains("urgences");
  }

  @Test
  void examplesInAParenthesisAreAsidesNotThemes() {
    String aside = "Le risque est plus grand pour les personnes fragiles (personnes âgées, "
        + "personnes souffrant d'un cancer, personnes séropositives pour le VIH).";
    assertThat(enricher.enrich(TestFixtures.document("variole", aside), Sidecar.none())
        .values(FacetName.THEME)).doesNotContain("vieillissement", "cancers", "vih-sida-ist");
    assertThat(enricher.enrich(TestFixtures.document("cls", "Axe 2 : le dépistage des cancers."),
        Sidecar.none()).values(FacetName.THEME)).contains("cancers");
    assertThat(Enricher.inAside("(a) cancer (b)", 4, 10)).isFalse();
    assertThat(Enricher.inAside("x (un cancer) y", 6, 12)).isTrue();
  }

  @Test
  void emptyFacetsAreAbsentAndFormatIsAlwaysThere() {
    Enrichment e = enricher.enrich(TestFixtures.document("x", "pdf", "Bonjour.",
        Optional.empty()), Sidecar.none());
    assertThat(e.facets()).containsOnlyKeys(FacetName.TYPE, FacetName.FORMAT);
    assertThat(e.values(FacetName.TYPE)).containsExactly("autre");
    assertThat(e.year()).isEmpty();
  }

  @Test
  void theFileNameHelpsToTypeADocumentWhoseTitleSaysNothing() {
    ExtractedDocument circ = new ExtractedDocument(Path.of("/docs/plan_blanc/circ_020503.pdf"),
        "application/pdf", "pdf", 10, "0".repeat(64), "Objet", Optional.empty(), Optional.empty(),
        Optional.of("fr"), List.of("Le dispositif hospitalier doit être prêt."), false, false);
    ExtractedDocument fiches = new ExtractedDocument(Path.of("/docs/Fiches action PPI Bayer.doc"),
        "application/msword", "doc", 10, "0".repeat(64), "La Gendarmerie", Optional.empty(),
        Optional.empty(), Optional.of("fr"), List.of("Boucler le périmètre."), false, false);

    assertThat(TestFixtures.ENRICHER.enrich(circ, Sidecar.none()).values(FacetName.TYPE))
        .containsExactly("circulaire");
    assertThat(TestFixtures.ENRICHER.enrich(fiches, Sidecar.none()).values(FacetName.TYPE))
        .containsExactly("fiche-action");
  }
}
