package fr.santekb.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.ComparisonCell;
import fr.santekb.api.results.ComparisonResponse;
import fr.santekb.api.results.ComparisonRow;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.LabelledValue;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * A comparison table over the documents a search matches: each row a document, each column a
 * value of one facet, each cell how often and where (page, section) the document names it, from
 * the evidence stored at indexing time. Rows in the search's order, at most {@value #MAX_ROWS};
 * columns most shared first, at most {@value #MAX_COLUMNS}.
 */
final class ContractComparison {
  static final int MAX_ROWS = 200;
  static final int MAX_COLUMNS = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HitSearch hitSearch;
  private final FacetLabels labels;

  ContractComparison(HitSearch hitSearch, FacetLabels labels) {
    this.hitSearch = hitSearch;
    this.labels = labels;
  }

  ComparisonResponse compare(IndexSnapshot snapshot, SearchRequest request, FacetName by)
      throws IOException {
    int topN = Math.max(1, Math.min(MAX_ROWS, snapshot.getIndexReader().maxDoc()));
    HitSearch.Answer answer = hitSearch.answer(snapshot, request, topN, false,
        hitSearch.deadline());
    StoredFields stored = snapshot.storedFields();
    Set<String> fields = Set.of(Fields.ID, Fields.TITLE, Fields.PATH, Fields.YEAR,
        Fields.PERIOD_FROM, Fields.PERIOD_TO, Fields.PAGE_STARTS, Fields.SECTIONS,
        Fields.EVIDENCE, Fields.storedFacet(by), Fields.storedFacet(FacetName.DEPARTEMENT),
        Fields.storedFacet(FacetName.COMMUNE));
    List<ComparisonRow> rows = new ArrayList<>();
    Map<String, Integer> rowsPerValue = new HashMap<>();
    for (ScoreDoc match : answer.matches().top().scoreDocs) {
      Document d = stored.document(match.doc, fields);
      StoredHit hit = StoredHit.from(d);
      Map<String, ComparisonCell> cells = cells(d, hit, by);
      cells.keySet().forEach(v -> rowsPerValue.merge(v, 1, Integer::sum));
      rows.add(new ComparisonRow(hit.id(), hit.title(), hit.path(), hit.year(), hit.period(),
          places(hit), cells));
    }
    List<FacetValue> columns = rowsPerValue.entrySet().stream()
        .map(e -> new FacetValue(e.getKey(), labels.label(by, e.getKey()), e.getValue()))
        .sorted(Comparator.comparingInt(FacetValue::count).reversed()
            .thenComparing(v -> TextKeys.foldLower(v.label())))
        .limit(MAX_COLUMNS).toList();
    return new ComparisonResponse(by.apiName(), answer.matches().top().totalHits.value(),
        rows.size(), columns, rows);
  }

  private List<LabelledValue> places(StoredHit hit) {
    List<LabelledValue> out = new ArrayList<>();
    for (FacetName facet : List.of(FacetName.DEPARTEMENT, FacetName.COMMUNE)) {
      hit.values(facet).forEach(v -> out.add(new LabelledValue(v, labels.label(facet, v))));
    }
    return out;
  }

  /** The document's values of {@code by}, each with its mentions, first page and section. */
  private static Map<String, ComparisonCell> cells(Document d, StoredHit hit, FacetName by)
      throws IOException {
    JsonNode evidence = d.get(Fields.EVIDENCE) == null ? JSON.missingNode()
        : JSON.readTree(d.get(Fields.EVIDENCE)).path(by.apiName());
    List<StoredSections.Stored> sections = StoredSections.parse(hit.sectionsJson());
    Map<String, ComparisonCell> out = new LinkedHashMap<>();
    for (String value : hit.values(by)) {
      JsonNode e = evidence.path(value);
      JsonNode first = e.path("spans").path(0);
      Integer page = null;
      StoredSections.Stored section = null;
      if (first.has("start")) {
        int at = first.get("start").asInt();
        page = PageLocator.pageOf(hit.pageStarts(), at);
        section = innermost(sections, at);
      }
      out.put(value, new ComparisonCell(e.path("mentions").asInt(0), page,
          section == null ? null : section.view()));
    }
    return out;
  }

  /** The smallest section whose span holds {@code offset}, or null. */
  private static StoredSections.Stored innermost(List<StoredSections.Stored> sections,
      int offset) {
    StoredSections.Stored best = null;
    for (StoredSections.Stored s : sections) {
      if (s.start() <= offset && offset < s.end()
          && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    return best;
  }
}
