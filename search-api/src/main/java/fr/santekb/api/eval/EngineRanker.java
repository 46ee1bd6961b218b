package fr.santekb.api.eval;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchUnit;
import fr.santekb.api.query.SortOrder;
import fr.santekb.api.results.Hit;
import fr.santekb.api.search.SearchService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine as the API runs it: {@link SearchService#search}, relevance order, no filter. */
final class EngineRanker implements Ranker {
  private final SearchService service;
  private final Map<String, String> keyOfId;

  EngineRanker(SearchService service, Map<String, String> keyOfId) {
    this.service = service;
    this.keyOfId = keyOfId;
  }

  @Override
  public String name() {
    return "santekb";
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    SearchRequest request = new SearchRequest(query, Map.of(), Optional.empty(), Optional.empty(),
        1, Math.min(depth, SearchRequest.MAX_SIZE), SortOrder.RELEVANCE, true, Optional.empty(),
        SearchUnit.DOCUMENT);
    return service.search(request).hits().stream().map(Hit::id)
        .map(id -> keyOfId.getOrDefault(id, id)).toList();
  }
}
