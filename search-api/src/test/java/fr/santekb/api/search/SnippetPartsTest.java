package fr.santekb.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.analysis.TextKeys;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The parts of a snippet: page numbers, escaping and marks, facet prefix matching. */
class SnippetPartsTest {

  @Test
  void anOffsetFallsOnThePageWhoseStartPrecedesIt() {
    int[] starts = {0, 100, 250, 400};
    assertThat(PageLocator.pageOf(starts, 0)).isEqualTo(1);
    assertThat(PageLocator.pageOf(starts, 99)).isEqualTo(1);
    assertThat(PageLocator.pageOf(starts, 100)).isEqualTo(2);
    assertThat(PageLocator.pageOf(starts, 399)).isEqualTo(3);
    assertThat(PageLocator.pageOf(starts, 10_000)).isEqualTo(4);
    assertThat(PageLocator.pageOf(new int[0], 5)).isNull();
    assertThat(PageLocator.pageOf(new int[] {0}, 5)).as("a one-page PDF").isEqualTo(1);
  }

  private static Passage passage(int start, int end, int[]... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int[] m : matches) {
      p.addMatch(m[0], m[1], new BytesRef("x"), 1);
    }
    return p;
  }

  @SuppressWarnings("unchecked")
  private static List<MarkPassageFormatter.FormattedPassage> format(String text, Passage p) {
    return (List<MarkPassageFormatter.FormattedPassage>) new MarkPassageFormatter()
        .format(new Passage[] {p}, text);
  }

  @Test
  void everythingIsEscapedAndOnlyMatchesAreMarked() {
    String text = "<script>alert('x')</script> & l’Hôpital";
    int at = text.indexOf("l’Hôpital");
    String html = format(text, passage(0, text.length(), new int[] {at, at + 9})).get(0)
        .html();
    assertThat(html).isEqualTo(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>l’Hôpital</mark>");
  }

  @Test
  void overlappingMatchesAreMarkedOnce() {
    String text = "santé mentale";
    String html = format(text, passage(0, 13, new int[] {0, 5}, new int[] {0, 13},
        new int[] {6, 13})).get(0).html();
    assertThat(html).isEqualTo("<mark>santé mentale</mark>");
  }

  @Test
  void aLongPassageIsCutAroundItsFirstMatch() {
    String text = "mot ".repeat(200) + "zoonoses " + "fin ".repeat(200);
    int at = text.indexOf("zoonoses");
    MarkPassageFormatter.FormattedPassage p = format(text, passage(0, text.length(),
        new int[] {at, at + 8})).get(0);
    assertThat(p.html()).startsWith("…").endsWith("…").contains("<mark>zoonoses</mark>");
    assertThat(p.html().length()).isLessThan(MarkPassageFormatter.MAX_PASSAGE_CHARS + 40);
    assertThat(p.startOffset()).isGreaterThan(0).isLessThan(at);
  }

  @Test
  void aFacetPrefixMatchesTheLabelOneOfItsWordsOrTheValue() {
    assertThat(FacetValueSearch.matches("cote", "Provence-Alpes-Côte d’Azur", "93")).isTrue();
    assertThat(FacetValueSearch.matches("provence", "Provence-Alpes-Côte d’Azur", "93")).isTrue();
    assertThat(FacetValueSearch.matches("93", "Provence-Alpes-Côte d’Azur", "93")).isTrue();
    assertThat(FacetValueSearch.matches("azu", "Provence-Alpes-Côte d’Azur", "93")).isTrue();
    assertThat(FacetValueSearch.matches("lpes", "Provence-Alpes-Côte d’Azur", "93")).isFalse();
    assertThat(FacetValueSearch.matches(TextKeys.key("bouches du  "), "Bouches-du-Rhône",
        "13")).isTrue();
    assertThat(FacetValueSearch.matches(TextKeys.key("cote d'az"),
        "Provence-Alpes-Côte d’Azur", "93")).isTrue();
    assertThat(FacetValueSearch.matches("", "Arles", "13004")).isTrue();
  }
}
