package fr.santekb.api.search;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import fr.santekb.api.results.Snippet;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * Lists every matching document of a search (up to a cap), in the search's order, with its best
 * passage: documents are read and highlighted in small batches and handed over one by one, so
 * memory holds one batch, not the whole list.
 */
final class MatchExport {
  /** Documents read and highlighted at a time. */
  static final int BATCH = 100;

  private final HitSearch hitSearch;
  private final SnippetHighlighter highlighter;
  private final FacetLabels labels;

  MatchExport(HitSearch hitSearch, SnippetHighlighter highlighter, FacetLabels labels) {
    this.hitSearch = hitSearch;
    this.highlighter = highlighter;
    this.labels = labels;
  }

  void visit(IndexSnapshot snapshot, SearchRequest request, int limit, MatchVisitor visitor)
      throws IOException {
    int topN = Math.max(1, Math.min(limit, snapshot.getIndexReader().maxDoc()));
    HitSearch.Answer answer = hitSearch.answer(snapshot, request, topN, false,
        hitSearch.deadline());
    ScoreDoc[] all = answer.matches().top().scoreDocs;
    visitor.start(new MatchSummary(answer.matches().top().totalHits.value(), all.length,
        answer.correctedQuery(), snapshot.commitTime()));
    for (int from = 0; from < all.length; from += BATCH) {
      ScoreDoc[] batch = Arrays.copyOfRange(all, from, Math.min(from + BATCH, all.length));
      HighlightedBatch loaded = HighlightedBatch.load(snapshot, highlighter,
          answer.textQuery(), batch);
      for (int i = 0; i < batch.length; i++) {
        visitor.visit(document(loaded.docs().get(i), loaded.snippets().get(i), batch[i]));
      }
    }
  }

  private MatchedDocument document(StoredHit d, List<Snippet> snippets, ScoreDoc match) {
    Snippet best = snippets.isEmpty() ? null : snippets.get(0);
    return new MatchedDocument(d.id(), d.path(), d.title(),
        labels.firstLabel(FacetName.TYPE, d.values(FacetName.TYPE)), d.year(), date(match),
        labels.labelled(d.facets()), best == null ? "" : Html.snippetText(best.text()),
        best == null ? null : best.page(), d.period());
  }

  /** The date the match was sorted by (epoch day; 0 means none), null when sorted by score. */
  private static LocalDate date(ScoreDoc match) {
    if (match instanceof FieldDoc f && f.fields.length > 0 && f.fields[0] instanceof Long day
        && day != 0) {
      return LocalDate.ofEpochDay(day);
    }
    return null;
  }
}
