package fr.santekb.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Suggested phrases are names and noun phrases, never a run cut out of a sentence. */
class PhraseHarvesterTest {
  static final FrenchAnalysis ANALYSIS =
      FrenchAnalysis.load(ConfigLoader.locate(null).resolve("analysis"));

  private static List<String> phrases(String... bodies) throws IOException {
    return harvest(Integer.MAX_VALUE, bodies).entries().stream().map(Harvest.Entry::text)
        .toList();
  }

  /** A harvest of documents d0, d1... titled "Titre 0", "Titre 1"... with {@code bodies}. */
  private static Harvest harvest(int maxTextDocuments, String... bodies) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < bodies.length; i++) {
          Document d = new Document();
          d.add(new StringField(Fields.ID, "d" + i, Field.Store.YES));
          d.add(new StoredField(Fields.TITLE, "Titre " + i));
          d.add(new StoredField(Fields.BODY, bodies[i]));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return PhraseHarvester.harvest(reader, ANALYSIS, maxTextDocuments);
      }
    }
  }

  @Test
  void verbsAndAuxiliariesEndAPhrase() throws IOException {
    String text = "Le plan blanc doit être déclenché. La FEDORU a été créée. "
        + "Voir l'URL http du site.";
    List<String> p = phrases(text, text, text, text);
    assertThat(p).contains("plan blanc", "FEDORU", "site")
        .doesNotContain("plan blanc doit", "FEDORU a été", "URL http", "blanc doit");
  }

  @Test
  void aLongerPhraseMustRecurInMoreDocuments() throws IOException {
    String text = "Le plan blanc élargi du département.";
    String other = "Une autre note.";
    assertThat(phrases(text, text, other, other)).contains("plan blanc")
        .doesNotContain("plan blanc élargi");
    assertThat(phrases(text, text, text, other)).contains("plan blanc élargi");
    assertThat(PhraseHarvester.minDocs(4, 100)).isEqualTo(4);
    assertThat(PhraseHarvester.minDocs(1, 100)).isEqualTo(2);
    assertThat(PhraseHarvester.minDocs(4, 1)).isEqualTo(1);
  }

  @Test
  void pastTheCapPhrasesComeFromEveryNthTextWhileEveryTitleIsKept() throws IOException {
    String kept = "Le plan blanc du département.";
    String skipped = "La démographie médicale du territoire.";
    // Four documents, text read from two of them: the first and the third.
    Harvest h = harvest(2, kept, skipped, kept, skipped);
    List<String> texts = h.entries().stream().map(Harvest.Entry::text).toList();
    assertThat(texts).contains("plan blanc", "Titre 0", "Titre 1", "Titre 2", "Titre 3")
        .doesNotContain("démographie médicale");
    assertThat(harvest(4, kept, skipped, kept, skipped).entries().stream()
        .map(Harvest.Entry::text)).contains("plan blanc", "démographie médicale");
  }
}
