package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.SearchResponse;
import fr.santekb.api.search.SearchService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same request on the same index generation is answered the same, from the cache. */
class ResponseCacheTest {
  private final SearchService service = TestServer.shared().server.service();

  private SearchResponse search(String q) throws IOException {
    return service.search(SearchRequestParser.parse(Map.of("q", List.of(q))));
  }

  @Test
  void aRepeatedRequestGetsTheSameAnswerWithoutRecomputingIt() throws IOException {
    SearchResponse first = search("santé mentale");
    SearchResponse again = search("santé mentale");
    assertThat(again.hits()).isSameAs(first.hits()); // the kept answer, not a new one
    assertThat(again.total()).isEqualTo(first.total());
    assertThat(again.facets()).isEqualTo(first.facets());
    assertThat(search("vieillissement").hits()).isNotSameAs(first.hits());
  }

  @Test
  void offEveryRequestIsComputed() throws IOException {
    try {
      service.cacheResponses(false);
      SearchResponse first = search("accès aux soins");
      SearchResponse again = search("accès aux soins");
      assertThat(again.hits()).isNotSameAs(first.hits()).isEqualTo(first.hits());
    } finally {
      service.cacheResponses(true);
    }
  }
}
