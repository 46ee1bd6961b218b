package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching against the real vocabularies of config/vocabularies. */
class VocabularyTest {
  private final Vocabulary themes = TestFixtures.VOCABULARIES.themes();
  private final Vocabulary dispositifs = TestFixtures.VOCABULARIES.dispositifs();
  private final Vocabulary partners = TestFixtures.VOCABULARIES.partners();

  private static Map<String, Integer> count(Vocabulary v, String text) {
    return v.count(Tokens.of(text));
  }

  @Test
  void themesAreFoundInFrenchText() {
    assertThat(count(themes, "Prévention du suicide et accès aux soins psychiatriques ; lutte "
        + "contre le tabagisme et les addictions ; dépistage organisé du cancer du sein").keySet())
        .containsExactlyInAnyOrder("sante-mentale", "acces-soins", "conduites-addictives",
            "cancers");
    assertThat(count(themes, "Le conseil municipal se réunit le mardi.")).isEmpty();
  }

  @Test
  void dispositifsTellAcronymsFromWords() {
    assertThat(count(dispositifs, "Le CLS, le CLSM et les ASV de la ville").keySet())
        .containsExactly("cls", "clsm", "asv");
    assertThat(count(dispositifs, "les cls de la voiture, un pls")).isEmpty();
    assertThat(count(dispositifs, "mettre la victime en position latérale de sécurité (PLS)"))
        .isEmpty();
    assertThat(count(dispositifs, "un logement social de type PLAI, PLUS ou PLS")).isEmpty();
    assertThat(count(dispositifs, "le PLS de la commune")).containsOnlyKeys("pls");
  }

  @Test
  void arsAsSchoolAllowanceIsNotTheAgency() {
    assertThat(count(partners, "L'allocation de rentrée scolaire (ARS) est versée par la CAF en "
        + "août ; le montant de l'ARS dépend de l'âge.").keySet()).containsExactly("caf");
    assertThat(count(partners, "Les arts et métiers d'ars").keySet()).isEmpty();
  }

  @Test
  void arsIsTheAgencyWhenTheAgencyIsNamed() {
    assertThat(count(partners, "L'ARS verse l'allocation de rentrée scolaire ? Non : l'Agence "
        + "régionale de santé finance le CLS.")).containsEntry("ars", 2);
    assertThat(count(partners, "Signé par l'ARS Paca et la préfecture")).containsOnlyKeys("ars",
        "prefecture");
  }

  @Test
  void partnersMatchByAcronymOrLongNameAccentInsensitively() {
    assertThat(count(partners, "Avec l'Observatoire regional de la sante, Atmo Sud et la "
        + "mutualité française").keySet())
        .containsExactlyInAnyOrder("ors", "atmo-sud", "mutualite-francaise");
  }

  @Test
  void freeTextValuesResolveToIds() {
    assertThat(themes.resolve("Nutrition (alimentation et activité physique)"))
        .containsExactly("nutrition");
    assertThat(themes.resolve("Maladies chroniques (autres)")).containsExactly("maladies-chroniques");
    assertThat(themes.resolve("VIH-Sida IST")).containsExactly("vih-sida-ist");
    assertThat(partners.resolve("agence regionale de sante")).containsExactly("ars");
    assertThat(partners.resolve("Association des amis du quartier")).isEmpty();
    assertThat(dispositifs.resolve("cls")).containsExactly("cls");
  }
}
