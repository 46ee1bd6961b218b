package fr.santekb.indexer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A copy of an index's {@link IndexedState} in one small file beside it ({@value #NAME}), so a run
 * learns what the index holds without reading every stored document (whose stored text must be
 * decompressed to reach seven small fields: 40% of a re-index that finds nothing changed).
 *
 * <p>The file names the Lucene commit it describes (the commit's unique id): it is only believed
 * for that commit, and a Lucene checksum covers it, so a file left by a killed run, by another
 * writer or damaged is ignored and the state read from the documents, as before. Written after the
 * commit, to a temporary file renamed over the old one.
 */
final class IndexedStateFile {
  static final String NAME = "indexed-state";
  private static final String CODEC = "SantekbIndexedState";
  private static final int VERSION = 1;

  private IndexedStateFile() {}

  /** The id of the index's latest commit, in hex; empty when the folder holds no index. */
  static Optional<String> commitId(Directory dir) throws IOException {
    if (SegmentInfos.getLastCommitGeneration(dir.listAll()) < 0) {
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().formatHex(SegmentInfos.readLatestCommit(dir).getId()));
  }

  /** The entries the file holds for the latest commit; empty when absent, stale or damaged. */
  static Optional<Map<String, IndexedState.Entry>> read(Directory dir) {
    try {
      if (!Arrays.asList(dir.listAll()).contains(NAME)) {
        return Optional.empty();
      }
      Optional<String> commit = commitId(dir);
      if (commit.isEmpty()) {
        return Optional.empty();
      }
      try (ChecksumIndexInput in = dir.openChecksumInput(NAME)) {
        CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
        if (!commit.get().equals(in.readString())) {
          return Optional.empty();
        }
        int n = in.readVInt();
        Map<String, IndexedState.Entry> entries = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
          String id = in.readString();
          String source = in.readString();
          String path = in.readByte() == 1 ? in.readString() : null;
          entries.put(id, new IndexedState.Entry(source, path, in.readZLong(), in.readZLong(),
              in.readZInt(), in.readString()));
        }
        CodecUtil.checkFooter(in);
        return Optional.of(entries);
      }
    } catch (IOException | RuntimeException e) {
      // Damaged, of another layout, or half written: not used.
      return Optional.empty();
    }
  }

  /** Writes {@code entries} as the state of the latest commit, whose id is {@code commitId}. */
  static void write(Directory dir, String commitId, Map<String, IndexedState.Entry> entries)
      throws IOException {
    String tmp;
    try (IndexOutput out = dir.createTempOutput(NAME, "tmp", IOContext.DEFAULT)) {
      tmp = out.getName();
      CodecUtil.writeHeader(out, CODEC, VERSION);
      out.writeString(commitId);
      out.writeVInt(entries.size());
      for (Map.Entry<String, IndexedState.Entry> e : entries.entrySet()) {
        IndexedState.Entry v = e.getValue();
        out.writeString(e.getKey());
        out.writeString(v.source());
        out.writeByte((byte) (v.path() == null ? 0 : 1));
        if (v.path() != null) {
          out.writeString(v.path());
        }
        out.writeZLong(v.fileModifiedMillis());
        out.writeZLong(v.size());
        out.writeZInt(v.pipelineVersion());
        out.writeString(v.contentHash());
      }
      CodecUtil.writeFooter(out);
    }
    // Atomic on the file systems Lucene supports: readers see the old file or the new one.
    dir.rename(tmp, NAME);
  }
}
