package fr.santekb.indexer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.cleaning.RepairKind;
import fr.santekb.indexer.cleaning.Repairs;
import fr.santekb.indexer.cleaning.SeedCleaningTest;
import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextQualityTest {
  static final KnownWords WORDS =
      KnownWords.load(ConfigLoader.load(ConfigLoader.locate(null)).analysisDir());
  private final TextQuality quality = new TextQuality(WORDS);

  static final String CLEAN = """
      Le contrat local de santé de Martigues vise à réduire les inégalités sociales et \
      territoriales de santé. Il s’appuie sur un diagnostic partagé avec l’ARS, les communes et \
      les associations du territoire. Les actions portent sur l’accès aux soins, la prévention \
      des addictions, la santé mentale et l’environnement. Chaque fiche action précise les \
      objectifs, les partenaires, le calendrier et les indicateurs d’évaluation retenus.""";

  private Quality one(String text) {
    return quality.measure(List.of(text), false, Repairs.none());
  }

  @Test
  void aCleanFrenchParagraphReadsWell() {
    Quality q = one(CLEAN);

    assertThat(q.knownWordShare()).isGreaterThan(0.95);
    assertThat(q.score()).isEqualTo(q.knownWordShare());
    assertThat(q.level()).isEqualTo(QualityLevel.GOOD);
    assertThat(q.knownWords()).isGreaterThan(50);
  }

  @Test
  void namesAndAcronymsCountNeitherWayButMojibakeNamesDo() {
    Quality names = one("Réunion à Martigues avec l’ARS et la CPTS Ouest Étang de Berre");
    Quality mojibake = one("SantÃ publique en rÃ©gion");

    assertThat(names.unknownWords()).isZero();
    // Réunion, avec, l’ARS (« ars », the plural of « art »), et, la, Ouest, Étang, de: a
    // capitalised word is known when the list has it; « Martigues », « CPTS », « Berre » are names.
    assertThat(names.knownWords()).isEqualTo(8);
    assertThat(mojibake.unknownWords()).as("SantÃ, rÃ, gion").isEqualTo(3);
    assertThat(mojibake.knownWords()).isEqualTo(2);
  }

  @Test
  void elisionsHyphensAndLigaturesAreKnown() {
    assertThat(WORDS.isKnown("l’évaluation")).isTrue();
    assertThat(WORDS.isKnown("qu'elle")).isTrue();
    assertThat(WORDS.isKnown("médico-social")).isTrue();
    assertThat(WORDS.isKnown("a-t-il")).isTrue();
    assertThat(WORDS.isKnown("œuvre")).isTrue();
    assertThat(WORDS.isKnown("Santé")).isTrue();
    assertThat(WORDS.isKnown("santÃ")).isFalse();
    assertThat(WORDS.isKnown("sante")).as("accents are kept").isFalse();
    assertThat(WORDS.isKnown("intercommunalité")).as("a project word").isTrue();
  }

  @Test
  void addressesAreNotWords() {
    Quality q = one("Voir https://www.ars.sante.fr/cls et ecrire@ars.sante.fr ou plan-2019.pdf");

    assertThat(q.unknownWords()).isZero();
    assertThat(q.knownWords()).isEqualTo(3); // voir, et, ou
  }

  @Test
  void mojibakeScoresLowerBeforeRepairThanAfter() {
    String broken = "Le contrat local de santÃ© vise Ã  rÃ©duire les inÃ©galitÃ©s sociales et "
        + "territoriales de santÃ©. Il sâ€™appuie sur un diagnostic partagÃ© avec les communes, "
        + "la prÃ©vention des addictions et lâ€™accÃ¨s aux soins des personnes Ã¢gÃ©es.";
    TextCleaner.Cleaned cleaned = TextCleaner.standard().cleanCounting(List.of(broken));

    Quality before = one(broken);
    Quality after = quality.measure(cleaned.pages(), false, cleaned.repairs());

    assertThat(cleaned.repairs().count(RepairKind.ENCODING)).isEqualTo(13);
    assertThat(after.repairs()).isEqualTo(cleaned.repairs());
    assertThat(before.level()).as("score %s", before.score()).isEqualTo(QualityLevel.FAIR);
    assertThat(after.level()).isEqualTo(QualityLevel.GOOD);
    assertThat(after.score()).isGreaterThan(before.score() + 0.2);
  }

  @Test
  void seed002ReadsBetterOnceRepaired() throws java.io.IOException {
    String raw = SeedCleaningTest.seed("002_");
    TextCleaner.Cleaned cleaned = TextCleaner.standard().cleanCounting(List.of(raw));

    Quality before = one(raw);
    Quality after = quality.measure(cleaned.pages(), false, cleaned.repairs());

    assertThat(after.repairs().count(RepairKind.ENCODING)).isGreaterThan(20);
    assertThat(after.level()).isEqualTo(QualityLevel.GOOD);
    assertThat(before.score()).as("before %s, after %s", before.score(), after.score())
        .isLessThan(after.score() - 0.05);
  }

  @Test
  void anImageOnlyPageCountsAsEmptyAndLowersTheScore() {
    List<String> pages = List.of(CLEAN, "", "12", CLEAN);
    Quality paged = quality.measure(pages, true, Repairs.none());

    assertThat(paged.pages()).isEqualTo(4);
    assertThat(paged.emptyPages()).isEqualTo(2);
    assertThat(paged.score()).isCloseTo(paged.knownWordShare() / 2, org.assertj.core.data.Offset
        .offset(1e-9));
    assertThat(paged.level()).isEqualTo(QualityLevel.POOR);
    assertThat(paged.mainCause()).isEqualTo("2 of 4 pages without text");
  }

  @Test
  void unpagedFormatsHaveNoPagesToCount() {
    Quality q = quality.measure(List.of(""), false, Repairs.none());

    assertThat(q.pages()).isZero();
    assertThat(q.emptyPages()).isZero();
    assertThat(q.score()).isZero();
    assertThat(q.mainCause()).isEqualTo("no word to read");
  }

  @Test
  void repairsAreReportedNotScored() {
    Repairs repairs = new Repairs(Map.of(RepairKind.HYPHENATION, 4, RepairKind.BULLETS, 2));

    Quality q = quality.measure(List.of(CLEAN), false, repairs);

    assertThat(q.score()).isEqualTo(one(CLEAN).score());
    assertThat(q.repairs().total()).isEqualTo(6);
  }

  @Test
  void levelsFollowTheThresholds() {
    assertThat(QualityLevel.of(1)).isEqualTo(QualityLevel.GOOD);
    assertThat(QualityLevel.of(QualityLevel.GOOD_FROM)).isEqualTo(QualityLevel.GOOD);
    assertThat(QualityLevel.of(Math.nextDown(QualityLevel.GOOD_FROM))).isEqualTo(QualityLevel.FAIR);
    assertThat(QualityLevel.of(QualityLevel.FAIR_FROM)).isEqualTo(QualityLevel.FAIR);
    assertThat(QualityLevel.of(Math.nextDown(QualityLevel.FAIR_FROM))).isEqualTo(QualityLevel.POOR);
    assertThat(QualityLevel.ids()).containsExactly("bonne", "moyenne", "faible");
  }
}
