package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageCutTest {

  @Test
  void pagesThatFitAreKeptWhole() {
    assertThat(TikaExtractor.cut(List.of("abc", "de"), 7)).containsExactly("abc", "de");
  }

  @Test
  void theJoinedTextIsCutAtTheLimitDroppingLaterPages() {
    List<String> cut = TikaExtractor.cut(List.of("abcdef", "ghijkl", "mnop"), 10);
    assertThat(cut).containsExactly("abcdef", "gh");
    assertThat(String.join("\n\n", cut)).hasSize(10);
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    List<String> cut = TikaExtractor.cut(List.of("ab\uD83D\uDE00cd"), 3);
    assertThat(cut).containsExactly("ab");
  }
}
