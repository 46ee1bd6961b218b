package fr.santekb.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.cli.IndexCommand;
import fr.santekb.indexer.index.PipelineVersions;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import fr.santekb.indexer.schema.StoredDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by another santekb pipeline version: {@code serve} refuses it with what to do,
 * and {@code index} rebuilds it (with all its source folders) so that {@code serve} accepts it.
 */
class IndexUpgradeTest {
  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void indexOneFile() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(corpus.resolve("fiche.txt"), "Fiche action : vaccination des enfants à "
        + "Arles.\n", StandardCharsets.UTF_8);
    index = tmp.resolve("index");
    assertThat(index()).isEqualTo(ExitCodes.OK);
    assertThat(PipelineVersions.read(index).current()).isTrue();
  }

  @Test
  void anOlderIndexIsRefusedByServeThenRewrittenByIndex() throws IOException {
    rewriteVersions(Schema.PIPELINE_VERSION - 1);
    PipelineVersions versions = PipelineVersions.read(index);
    assertThat(versions).isEqualTo(new PipelineVersions(1, 1, 0, Schema.PIPELINE_VERSION - 1));
    assertThat(versions.problem(index)).contains("older santekb")
        .contains("Run santekb index on it again: it rebuilds it")
        .contains("relancez santekb index");
    assertThat(serve()).isEqualTo(ExitCodes.USAGE);

    assertThat(index()).isEqualTo(ExitCodes.OK);
    assertThat(PipelineVersions.read(index))
        .isEqualTo(new PipelineVersions(1, 0, 0, Schema.PIPELINE_VERSION));
  }

  @Test
  void theRebuildNeedsEverySourceFolderOfTheIndex() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("autres"));
    Files.writeString(other.resolve("note.txt"), "Note sur la santé mentale.\n",
        StandardCharsets.UTF_8);
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", corpus.toString(),
        "--source", other.toString(), "--index", index.toString(), "--quiet"))
        .isEqualTo(ExitCodes.OK);
    rewriteVersions(Schema.PIPELINE_VERSION - 1);
    assertThat(index()).as("the rebuild would drop autres/").isEqualTo(ExitCodes.USAGE);
    assertThat(PipelineVersions.read(index).older()).isEqualTo(2);
    assertThat(CommandLines.create(new IndexCommand()).execute("--source", corpus.toString(),
        "--source", other.toString(), "--index", index.toString(), "--quiet"))
        .isEqualTo(ExitCodes.OK);
    assertThat(PipelineVersions.read(index))
        .isEqualTo(new PipelineVersions(2, 0, 0, Schema.PIPELINE_VERSION));
  }

  @Test
  void aNewerIndexIsRefusedToo() throws IOException {
    rewriteVersions(Schema.PIPELINE_VERSION + 1);
    PipelineVersions versions = PipelineVersions.read(index);
    assertThat(versions.current()).isFalse();
    assertThat(versions.newer()).isEqualTo(1);
    assertThat(versions.problem(index)).contains("newer santekb");
    assertThat(serve()).isEqualTo(ExitCodes.USAGE);
  }

  private int index() {
    return CommandLines.create(new IndexCommand()).execute("--source", corpus.toString(),
        "--index", index.toString(), "--quiet", "--threads", "1");
  }

  private int serve() {
    return CommandLines.create(new ServeCommand()).execute("--index", index.toString(),
        "--port", "0");
  }

  /**
   * Replaces the index with its documents' stored fields only and {@code version} as their
   * pipeline version: what an index written by another santekb looks like to the version check
   * and to the incremental indexer (same id, source, size and date).
   */
  private void rewriteVersions(int version) throws IOException {
    List<Document> old = new ArrayList<>();
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredDocuments.forEachLive(reader, null, old::add);
    }
    try (Directory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir,
            new IndexWriterConfig().setOpenMode(OpenMode.CREATE))) {
      for (Document d : old) {
        Document copy = new Document();
        for (IndexableField f : d.getFields()) {
          String name = f.name();
          if (name.equals(Fields.ID) || name.equals(Fields.SOURCE)) {
            copy.add(new StringField(name, f.stringValue(), Field.Store.YES));
          } else if (name.equals(Fields.PIPELINE_VERSION)) {
            copy.add(new StoredField(name, version));
          } else if (f.numericValue() != null) {
            copy.add(new StoredField(name, f.numericValue().longValue()));
          } else if (f.stringValue() != null) {
            copy.add(new StoredField(name, f.stringValue()));
          }
        }
        writer.addDocument(copy);
      }
      writer.commit();
    }
  }
}
