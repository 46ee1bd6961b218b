package fr.santekb.indexer.index;

import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Which pipeline versions wrote the documents of an index, against {@link Schema#PIPELINE_VERSION}.
 * An index written by another santekb may lack fields this one searches or show stale metadata:
 * {@code serve} refuses it, and {@code index} rebuilds it (see {@link IndexRunner}).
 *
 * @param documents live documents
 * @param older documents written by an older pipeline (or one too old to record its version)
 * @param newer documents written by a newer pipeline
 * @param oldest the lowest version found, -1 when a document records none
 */
public record PipelineVersions(int documents, int older, int newer, int oldest) {

  /** The versions of the documents of the index in {@code indexDir}; none when it holds no index. */
  public static PipelineVersions read(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir)) {
      return of(IndexedState.read(dir));
    }
  }

  public static PipelineVersions of(IndexedState state) {
    int older = 0;
    int newer = 0;
    int oldest = Schema.PIPELINE_VERSION;
    for (IndexedState.Entry e : state.entries().values()) {
      older += e.pipelineVersion() < Schema.PIPELINE_VERSION ? 1 : 0;
      newer += e.pipelineVersion() > Schema.PIPELINE_VERSION ? 1 : 0;
      oldest = Math.min(oldest, e.pipelineVersion());
    }
    return new PipelineVersions(state.entries().size(), older, newer, oldest);
  }

  /** True when every document was written by this santekb's pipeline. */
  public boolean current() {
    return older == 0 && newer == 0;
  }

  /** What is wrong and what to do, in English then French, for a non-current index. */
  public String problem(Path indexDir) {
    if (older > 0) {
      return indexDir + ": " + older + " of " + documents + " documents were indexed by an older "
          + "santekb (pipeline version " + (oldest < 0 ? "unknown" : oldest) + ", this one writes "
          + Schema.PIPELINE_VERSION + "). Run santekb index on it again: it rebuilds it.\n"
          + "  Cet index a été écrit par une version plus ancienne de santekb : relancez "
          + "santekb index pour le mettre à jour.";
    }
    return indexDir + ": " + newer + " of " + documents + " documents were indexed by a newer "
        + "santekb (this one writes pipeline version " + Schema.PIPELINE_VERSION + "). Serve it "
        + "with that version, or run santekb index with this one to rebuild it.\n"
        + "  Cet index a été écrit par une version plus récente de santekb : servez-le avec "
        + "celle-ci, ou relancez santekb index avec cette version.";
  }
}
