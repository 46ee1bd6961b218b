package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.schema.DocumentIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

  @Test
  void pageStartsPointAtEachPageInTheJoinedText() {
    List<String> pages = List.of("première page", "deuxième", "", "quatrième page");
    String text = String.join("\n\n", pages);
    int[] starts = ExtractedDocument.pageStarts(pages);

    assertThat(starts).hasSize(4).startsWith(0);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(text.substring(starts[i])).startsWith(pages.get(i));
    }
  }

  @Test
  void copiesOfOneContentShareAKeyWhateverTheirExtensionAndCase() {
    assertThat(DocumentMapper.copyKey("/corpus", "rapports/Bilan.PDF"))
        .isEqualTo(DocumentMapper.copyKey("/corpus", "rapports/bilan.docx"));
    assertThat(DocumentMapper.copyKey("/corpus", "rapports/bilan.pdf"))
        .isNotEqualTo(DocumentMapper.copyKey("/corpus", "autres/bilan.pdf"))
        .isNotEqualTo(DocumentMapper.copyKey("/autre", "rapports/bilan.pdf"));
    assertThat(DocumentMapper.copyKey("/c", "a/.profile")).endsWith("a/.profile");
  }

  @Test
  void aSinglePageStartsAtZero() {
    assertThat(ExtractedDocument.pageStarts(List.of("seule page"))).containsExactly(0);
  }

  @Test
  void idsAreStableAndDependOnThePath() {
    var a = java.nio.file.Path.of("/tmp/x/../corpus/a.pdf");
    assertThat(DocumentIds.of(a)).isEqualTo(DocumentIds.of(java.nio.file.Path.of("/tmp/corpus/a.pdf")))
        .hasSize(16).matches("[0-9a-f]{16}");
    assertThat(DocumentIds.of(a)).isNotEqualTo(DocumentIds.of(java.nio.file.Path.of("/tmp/corpus/b.pdf")));
  }
}
