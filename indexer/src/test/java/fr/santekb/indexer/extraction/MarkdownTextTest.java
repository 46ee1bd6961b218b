package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void headingMarksEmphasisCodeAndLinkTargetsAreRemoved() {
    String md = """
        # Premiers secours en santé mentale
        ## 2025 ##
        Porteur : **Ville d’Istres**, voir [le site](https://exemple.invalid/cls) et `CLSM`.
        * Quatre sessions de formation
        | Action | Public |
        """;
    assertThat(MarkdownText.strip(md)).isEqualTo("""
        Premiers secours en santé mentale
        2025
        Porteur : Ville d’Istres, voir le site et CLSM.
        * Quatre sessions de formation
        | Action | Public |
        """);
  }

  @Test
  void aHashInsideALineIsText() {
    assertThat(MarkdownText.strip("Objectif #1 : réduire les délais")).isEqualTo(
        "Objectif #1 : réduire les délais");
  }
}
