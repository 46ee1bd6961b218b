package fr.santekb.api.eval;

import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The documents of a santekb index as the evaluation needs them: each one's corpus-relative path
 * (the judged sets' document names) and the extracted title and text the baselines index.
 *
 * @param keyOfId document id to its path relative to the corpus root
 * @param documents every live document
 * @param metadata path relative to the corpus root to the metadata the index holds for it
 */
record IndexedCorpus(Map<String, String> keyOfId, List<Doc> documents,
    Map<String, LabelledDocument> metadata) {

  /** One indexed document: corpus-relative path, title and cleaned text. */
  record Doc(String key, String title, String body) {}

  /** Reads every live document of the index in {@code indexDir}. */
  static IndexedCorpus read(Path indexDir, Path corpusRoot) throws IOException {
    Path root = corpusRoot.toAbsolutePath().normalize();
    Map<String, String> keys = new HashMap<>();
    Map<String, LabelledDocument> metadata = new HashMap<>();
    List<Doc> docs = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i);
          Path file = Path.of(d.get(Fields.SOURCE)).resolve(d.get(Fields.PATH)).normalize();
          String key = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/')
              : file.toString();
          keys.put(d.get(Fields.ID), key);
          docs.add(new Doc(key, d.get(Fields.TITLE), d.get(Fields.BODY)));
          metadata.put(key, metadataOf(key, d));
        }
      }
    }
    return new IndexedCorpus(Map.copyOf(keys), List.copyOf(docs), Map.copyOf(metadata));
  }

  private static LabelledDocument metadataOf(String key, Document d) {
    IndexableField year = d.getField(Fields.YEAR);
    String[] type = d.getValues(Fields.storedFacet(FacetName.TYPE));
    return new LabelledDocument(key, d.get(Fields.TITLE), type.length > 0 ? type[0] : "",
        year == null ? Optional.empty() : Optional.of(year.numericValue().intValue()),
        values(d, FacetName.COMMUNE), values(d, FacetName.PARTNER), values(d, FacetName.THEME));
  }

  private static Set<String> values(Document d, FacetName facet) {
    return Set.of(d.getValues(Fields.storedFacet(facet)));
  }
}
