package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.schema.FacetName;
import org.junit.jupiter.api.Test;

class VocabulariesTest {
  private final Vocabularies v = TestFixtures.VOCABULARIES;

  @Test
  void labelsEveryFacet() {
    assertThat(v.label(FacetName.THEME, "sante-mentale")).contains("Santé mentale");
    assertThat(v.label(FacetName.DISPOSITIF, "cls")).contains("Contrat local de santé");
    assertThat(v.label(FacetName.PARTNER, "atmo-sud")).contains("ATMO Sud");
    assertThat(v.label(FacetName.TYPE, "fiche-action")).contains("Fiche action");
    assertThat(v.label(FacetName.COMMUNE, "13056")).contains("Martigues (13)");
    assertThat(v.label(FacetName.DEPARTEMENT, "13")).contains("Bouches-du-Rhône");
    assertThat(v.label(FacetName.REGION, "93")).contains("Provence-Alpes-Côte d'Azur");
    assertThat(v.label(FacetName.YEAR, "2024")).contains("2024");
    assertThat(v.label(FacetName.FORMAT, "pdf")).contains("PDF");
  }

  @Test
  void unknownValuesHaveNoLabel() {
    assertThat(v.label(FacetName.THEME, "astrologie")).isEmpty();
    assertThat(v.label(FacetName.COMMUNE, "99999")).isEmpty();
    assertThat(v.label(FacetName.YEAR, "deux mille")).isEmpty();
  }

  @Test
  void listsEveryFacetsValuesAndEachHasALabel() {
    for (FacetName facet : FacetName.values()) {
      assertThat(v.values(facet)).as(facet.name()).isNotEmpty().doesNotHaveDuplicates();
      String first = v.values(facet).get(0);
      assertThat(v.label(facet, first)).as(facet + " " + first).isPresent();
    }
    assertThat(v.values(FacetName.COMMUNE)).hasSizeGreaterThan(34_000).contains("13098");
    assertThat(v.values(FacetName.THEME)).contains("sante-mentale", "vih-sida-ist", "violences");
    assertThat(v.values(FacetName.YEAR)).contains("1990", "2024");
  }

  @Test
  void theSeed001PartnersAndThemesAreAllInTheVocabularies() {
    assertThat(v.values(FacetName.PARTNER)).hasSizeGreaterThanOrEqualTo(50)
        .contains("13-habitat", "addictions-france", "atmo-sud", "urps-ml", "ars",
            "assurance-maladie", "caf", "education-nationale", "samu");
    assertThat(v.values(FacetName.DISPOSITIF)).contains("cls", "asv", "plsp", "clsm", "cpts",
        "prs", "ptsm", "msp", "pls", "plan-blanc", "orsan", "sante-psy-etudiant");
  }
}
