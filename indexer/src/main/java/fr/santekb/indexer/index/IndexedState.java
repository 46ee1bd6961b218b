package fr.santekb.indexer.index;

import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import fr.santekb.indexer.schema.StoredDocuments;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * What the index already holds, per document id: enough to decide whether a file changed since it
 * was indexed. Read once at the start of a run.
 */
public final class IndexedState {
  private static final Set<String> FIELDS =
      Set.of(Fields.ID, Fields.SOURCE, Fields.PATH, Fields.FILE_MTIME, Fields.SIZE,
          Fields.PIPELINE_VERSION, Fields.HASH);

  /**
   * The stored facts about one indexed document.
   *
   * @param source its source folder
   * @param path its path relative to the source folder, '/'-separated
   * @param contentHash SHA-256 of the file's bytes when it was read, empty when not recorded
   */
  public record Entry(String source, String path, long fileModifiedMillis, long size,
      int pipelineVersion, String contentHash) {}

  /** The state of a folder that holds no index. */
  public static final IndexedState EMPTY = new IndexedState(Map.of());

  private final Map<String, Entry> entries;
  private final boolean fromFile;

  private IndexedState(Map<String, Entry> entries) {
    this(entries, false);
  }

  private IndexedState(Map<String, Entry> entries, boolean fromFile) {
    this.entries = entries;
    this.fromFile = fromFile;
  }

  /** Whether this state was read from the {@link IndexedStateFile} of the latest commit. */
  boolean fromFile() {
    return fromFile;
  }

  /**
   * The state of the index in {@code directory}: from its {@link IndexedStateFile} when that file
   * describes the latest commit, else from the stored fields of every document (slower: the
   * stored text is decompressed on the way).
   */
  public static IndexedState read(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return new IndexedState(new HashMap<>());
    }
    Optional<Map<String, Entry>> saved = IndexedStateFile.read(directory);
    if (saved.isPresent()) {
      return new IndexedState(saved.get(), true);
    }
    return readDocuments(directory);
  }

  /** The state read from the stored fields of every live document. */
  static IndexedState readDocuments(Directory directory) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return new IndexedState(entries);
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredDocuments.forEachLive(reader, FIELDS,
          d -> entryOf(d).ifPresent(e -> entries.put(e.getKey(), e.getValue())));
    }
    return new IndexedState(entries);
  }

  private static long numeric(Document d, String field) {
    var f = d.getField(field);
    return f == null || f.numericValue() == null ? -1 : f.numericValue().longValue();
  }

  /** A state holding {@code entries} (a copy). */
  static IndexedState of(Map<String, Entry> entries) {
    return new IndexedState(Map.copyOf(entries));
  }

  /** The stored facts of a document as the mapper made it, or empty if it lacks an id. */
  static Optional<Map.Entry<String, Entry>> entryOf(Document d) {
    String id = d.get(Fields.ID);
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(id, new Entry(d.get(Fields.SOURCE), d.get(Fields.PATH),
        numeric(d, Fields.FILE_MTIME), numeric(d, Fields.SIZE),
        (int) numeric(d, Fields.PIPELINE_VERSION),
        Objects.requireNonNullElse(d.get(Fields.HASH), ""))));
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  /** The source folders the indexed documents were read from. */
  public Set<String> sources() {
    return entries.values().stream().map(Entry::source).collect(Collectors.toUnmodifiableSet());
  }

  /** True when {@code id} is indexed from a file with this size and date, by this pipeline. */
  public boolean isUnchanged(String id, long fileModifiedMillis, long size) {
    Entry e = entries.get(id);
    return e != null && e.fileModifiedMillis() == fileModifiedMillis && e.size() == size
        && e.pipelineVersion() == Schema.PIPELINE_VERSION;
  }
}
