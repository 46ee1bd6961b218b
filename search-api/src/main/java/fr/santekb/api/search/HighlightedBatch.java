package fr.santekb.api.search;

import fr.santekb.api.results.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** The stored fields and best passages of a batch of matching documents, in the batch's order. */
record HighlightedBatch(List<StoredHit> docs, List<List<Snippet>> snippets) {

  static HighlightedBatch load(IndexSnapshot snapshot, SnippetHighlighter highlighter,
      Query textQuery, ScoreDoc[] batch) throws IOException {
    return load(snapshot, highlighter, textQuery, batch, StageTimes.OFF);
  }

  /** The same, charging stored fields and highlighting to {@code times}. */
  static HighlightedBatch load(IndexSnapshot snapshot, SnippetHighlighter highlighter,
      Query textQuery, ScoreDoc[] batch, StageTimes times) throws IOException {
    StoredFields stored = snapshot.storedFields();
    List<StoredHit> docs = new ArrayList<>(batch.length);
    int[] docIds = new int[batch.length];
    List<int[]> pageStarts = new ArrayList<>(batch.length);
    for (int i = 0; i < batch.length; i++) {
      StoredHit d = StoredHit.load(stored, batch[i].doc);
      docs.add(d);
      docIds[i] = batch[i].doc;
      pageStarts.add(d.pageStarts());
    }
    times.lap(SearchStage.STORED_FIELDS);
    List<List<Snippet>> snippets = batch.length == 0 ? List.of()
        : highlighter.snippets(snapshot, textQuery, docIds, pageStarts);
    times.lap(SearchStage.HIGHLIGHT);
    return new HighlightedBatch(docs, snippets);
  }
}
