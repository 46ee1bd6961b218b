package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private static LanguageGuesser guesser;

  @BeforeAll
  static void loadProfiles() {
    guesser = new LanguageGuesser();
  }

  @Test
  void frenchEnglishGermanAndArabicProse() {
    assertThat(guesser.guess("Le contrat local de santé est conclu entre l’Agence régionale de"
        + " santé et la commune pour réduire les inégalités sociales de santé.")).contains("fr");
    assertThat(guesser.guess("Chlorine is a greenish-yellow gas with a pungent, irritating odour"
        + " which is familiar from household bleach.")).contains("en");
    assertThat(guesser.guess("Die Gesundheitsämter der Länder arbeiten mit den Krankenhäusern"
        + " und den Hausärzten eng zusammen.")).contains("de");
    assertThat(guesser.guess("يهدف هذا البرنامج إلى تحسين الصحة النفسية للطلاب في جميع"
        + " الجامعات الفرنسية")).contains("ar");
  }

  @Test
  void tooShortOrLetterlessTextHasNoLanguage() {
    assertThat(guesser.guess("Bonjour à tous")).isEmpty();
    assertThat(guesser.guess("12 345 678 90 12 345 678 90 12 345 678 90 12 345 678 90 12 345"))
        .isEmpty();
  }

  @Test
  void proseLinesOutweighTablesOfNames() {
    String table = "AGFA BERGER-LEVRAULT\nDXCARE 3 6 1\nCROSSWAY 0 3 3\nURQUAL 0 3 3\n".repeat(30);
    String text = "Contents\n" + table + "Dans la majorité des cas, les répondants ne connaissent"
        + " pas le nom de leur éditeur de logiciel.\n";
    assertThat(LanguageGuesser.prose(text)).startsWith("Dans la majorité").doesNotContain("AGFA");
    assertThat(guesser.guess(text)).contains("fr");
  }

  @Test
  void sameTextSameAnswer() {
    String text = "Les ateliers santé ville favorisent la participation des habitants.";
    assertThat(guesser.guess(text)).isEqualTo(guesser.guess(text)).contains("fr");
  }
}
