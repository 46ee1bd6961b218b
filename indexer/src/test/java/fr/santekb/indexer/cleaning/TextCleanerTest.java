package fr.santekb.indexer.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = TextCleaner.standard();

  private String clean(String text) {
    return cleaner.clean(List.of(text)).get(0);
  }

  @Test
  void keepsTheNumberAndOrderOfPages() {
    List<String> out = cleaner.clean(List.of("Page une", "", "Page  trois "));
    assertThat(out).containsExactly("Page une", "", "Page trois");
  }

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertThat(clean("La santÃ© publique, lâ€™ARS et lâ€™Ã‰tat Ã  Marseille"))
        .isEqualTo("La santé publique, l’ARS et l’État à Marseille");
  }

  @Test
  void repairsDoubleEncodedUtf8() {
    assertThat(clean("santÃƒÂ© publique")).isEqualTo("santé publique");
  }

  @Test
  void leavesLegitimateLatin1SymbolsAloneWithoutMojibakeMarker() {
    String text = "Le projet « ÉTÉ» de São Paulo et João Camões, n° 3, Word® 2019";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void repairsShiftedPdfFontWhenTheDocumentShowsThePattern() {
    String text = "Lõexp®rience des ASV\ntaux dõenfants le plus ®lev®\nl õEtat, lõARS et la ville"
        + " concern®e\nlõacc¯s aux soins, mise en ïuvre, En s ôappuyant sur";
    assertThat(clean(text)).isEqualTo("L’expérience des ASV\ntaux d’enfants le plus élevé\n"
        + "l’Etat, l’ARS et la ville concernée\nl’accès aux soins, mise en œuvre, En s’appuyant sur");
  }

  @Test
  void keepsPortugueseTildeAndTrademarkInOrdinaryDocuments() {
    String text = "Rapport de Luís Camões et Simões sur Doliprane® et Word® au Brasil";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void turnsWingdingsBulletsBackIntoBulletsOnlyWhenFrequent() {
    String text = "fUne démarche\nf deux communes\nf12 ASV\nfune ingénierie locale\nfaire le lien"
        + "\nfleur";
    assertThat(clean(text)).isEqualTo("• Une démarche\n• deux communes\n• 12 ASV\n"
        + "• une ingénierie locale\nfaire le lien\nfleur");
    assertThat(clean("fUne seule ligne\nfaire")).isEqualTo("fUne seule ligne\nfaire");
  }

  @Test
  void joinsWordsCutAtLineBreaks() {
    assertThat(clean("la santé publi-\nque locale")).isEqualTo("la santé publique locale");
    assertThat(clean("accompagne-  \n  ment")).isEqualTo("accompagnement");
  }

  @Test
  void keepsRealCompoundsCutAtLineBreaks() {
    assertThat(clean("Martigues et Port-de-\nBouc")).isEqualTo("Martigues et Port-de-\nBouc");
    assertThat(clean("le médico-\nsocial")).isEqualTo("le médico-social");
    assertThat(clean("la santé-environnement, la santé-\nenvironnement; la santé-\nmentale"))
        .isEqualTo("la santé-environnement, la santé-environnement; la santémentale");
  }

  @Test
  void dropsRepeatedParagraphsAndKeepsShortRepeatedLines() {
    String para = "Le contrat local de santé constitue un outil de contractualisation.";
    String text = "Contexte\n" + para + "\nSuite unique du texte ici.\n" + para + "\n\nPublic\nOui\n"
        + "Public\nOui";
    assertThat(clean(text)).isEqualTo("Contexte\n" + para + "\nSuite unique du texte ici.\n\n"
        + "Public\nOui\nPublic\nOui");
  }

  @Test
  void dropsShortLinesInsideARepeatedBlock() {
    String a = "- Soutenir l’installation de nouveaux professionnels de santé";
    String b = "- Favoriser l’accès aux soins des habitants du territoire";
    String text = "* Objectifs\n" + a + "\n* Intermédiaires\n" + b + "\nDescription\n" + a
        + "\n* Intermédiaires\n" + b + "\nFin";
    assertThat(clean(text)).isEqualTo("* Objectifs\n" + a + "\n* Intermédiaires\n" + b
        + "\nDescription\nFin");
  }

  @Test
  void dropsRepeatsAcrossPages() {
    String header = "Contrat local de santé du Pays de Martigues 2019-2023";
    List<String> out = cleaner.clean(List.of(header + "\nPage un", header + "\nPage deux"));
    assertThat(out).containsExactly(header + "\nPage un", "Page deux");
  }

  @Test
  void normalisesWhitespace() {
    assertThat(clean("  Un\u00A0texte \t avec\u202Fdes   espaces  \r\n\r\n\r\n\r\nDeux\u200B\n  trois "))
        .isEqualTo("Un texte avec des espaces\n\nDeux\ntrois");
  }

  @Test
  void replacementCharactersFromUnmappedGlyphsAreDropped() {
    assertThat(clean("\uFFFD\uFFFD G\u00e9n\u00e9ralit\u00e9s sur le plan\uFFFD blanc"))
        .isEqualTo("Généralités sur le plan blanc");
  }
}
