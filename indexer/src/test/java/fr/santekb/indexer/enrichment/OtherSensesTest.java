package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.schema.FacetName;
import org.junit.jupiter.api.Test;

/**
 * Each {@code not_in} rule of the vocabularies: a trigger word used in another sense assigns
 * nothing, while the same word in its own sense still does. One test per rule.
 */
class OtherSensesTest {
  private final Enricher enricher = TestFixtures.ENRICHER;

  private java.util.Set<String> values(FacetName facet, String text) {
    return enricher.enrich(TestFixtures.document("regle", text), Sidecar.none()).values(facet);
  }

  @Test
  void aHazardPerimeterIsNoPrecariousness() {
    assertThat(values(FacetName.THEME, "Mettre en place une zone d'exclusion autour du site."))
        .doesNotContain("precarite");
    assertThat(values(FacetName.THEME, "Lutter contre l'exclusion des personnes à la rue."))
        .contains("precarite");
  }

  @Test
  void aVacuumMattressOrADepressedNervousSystemIsNoMentalHealth() {
    assertThat(values(FacetName.THEME, "Immobiliser le blessé sur un matelas à dépression."))
        .doesNotContain("sante-mentale");
    assertThat(values(FacetName.THEME, "Risque de dépression du S.N.C. après inhalation."))
        .doesNotContain("sante-mentale");
    assertThat(values(FacetName.THEME, "Repérer la dépression chez les adolescents."))
        .contains("sante-mentale");
  }

  @Test
  void noVaccineAvailableIsNoVaccinationTopic() {
    assertThat(values(FacetName.THEME, "Aucun vaccin n'est disponible contre cette maladie."))
        .doesNotContain("vaccination");
    assertThat(values(FacetName.THEME, "Campagne de vaccination contre la grippe."))
        .contains("vaccination");
  }

  @Test
  void intracranialHypertensionIsNoChronicDisease() {
    assertThat(values(FacetName.THEME, "Signes d'hypertension intracrânienne à surveiller."))
        .doesNotContain("maladies-chroniques");
    assertThat(values(FacetName.THEME, "Dépistage de l'hypertension artérielle des seniors."))
        .contains("maladies-chroniques");
  }

  @Test
  void aDrugNoticeOrADiagnosisCodeIsNoPerinatalTopic() {
    assertThat(values(FacetName.THEME, "Grossesse et allaitement : la prescription est "
        + "possible pendant la grossesse."))
        .doesNotContain("perinatalite");
    assertThat(values(FacetName.THEME, "P52 Hémorragie intracrânienne du fœtus et du nouveau-né."))
        .doesNotContain("perinatalite");
    assertThat(values(FacetName.THEME, "Accompagner la grossesse et la naissance à Martigues."))
        .contains("perinatalite");
  }

  @Test
  void nuclearMedicineIsNoHealthCrisis() {
    assertThat(values(FacetName.THEME, "Le service de médecine nucléaire du CHU."))
        .doesNotContain("risques-sanitaires");
    assertThat(values(FacetName.THEME, "Prise en charge des victimes d'un accident nucléaire."))
        .contains("risques-sanitaires");
  }

  @Test
  void aDecontaminationModuleOfTypeMdphIsNoPartner() {
    assertThat(values(FacetName.PARTNER, "Déployer un module lourd de type MDPH sur site."))
        .doesNotContain("mdph");
    assertThat(values(FacetName.PARTNER, "La MDPH accompagne les familles."))
        .contains("mdph");
  }

  @Test
  void aPlaceInTheRegionIsNoRegionalCouncil() {
    assertThat(values(FacetName.PARTNER, "Les établissements situés en région PACA."))
        .doesNotContain("conseil-regional");
    assertThat(values(FacetName.PARTNER, "Le Conseil régional finance l'action."))
        .contains("conseil-regional");
  }

  @Test
  void pregnancyInADrugSheetIsNoPerinatalCare() {
    assertThat(values(FacetName.THEME, "A éviter pendant la grossesse. Remplacer l'allaitement "
        + "maternel par un allaitement artificiel.")).doesNotContain("perinatalite");
    assertThat(values(FacetName.THEME, "Accompagner les femmes enceintes et la parentalité."))
        .contains("perinatalite");
  }

  @Test
  void anInstitutionsNameIsNotItsTopic() {
    assertThat(values(FacetName.THEME, "Les données vont à l'Institut de veille sanitaire."))
        .doesNotContain("risques-sanitaires");
    assertThat(values(FacetName.THEME, "Renforcer la veille sanitaire locale."))
        .contains("risques-sanitaires");
    assertThat(values(FacetName.THEME, "DREAL (Direction Régionale de l'Environnement, de "
        + "l'Aménagement et du Logement)")).doesNotContain("habitat-logement");
    assertThat(values(FacetName.THEME, "Voir le site du ministère de la santé, de la famille "
        + "et des personnes handicapées.")).doesNotContain("handicap");
  }

  @Test
  void aLawsNameAPayersRoleOrASoftwareProductIsNoPartner() {
    assertThat(values(FacetName.PARTNER, "La loi du 21 juillet 2009 portant réforme de l'hôpital "
        + "et relative aux patients.")).doesNotContain("etablissements-sante");
    assertThat(values(FacetName.PARTNER, "En lien avec l'hôpital de Martigues."))
        .contains("etablissements-sante");
    assertThat(values(FacetName.PARTNER, "Logiciels des urgences : H+ACUTE HOPITAL MANAGER, "
        + "MCKESSON - HÔPITAL ADAPTÉ.")).doesNotContain("etablissements-sante");
    assertThat(values(FacetName.PARTNER, "Un séjour faisant l'objet d'une prise en charge par "
        + "l'assurance maladie.")).doesNotContain("assurance-maladie");
    assertThat(values(FacetName.PARTNER, "Signé avec l'Assurance maladie."))
        .contains("assurance-maladie");
  }
}
