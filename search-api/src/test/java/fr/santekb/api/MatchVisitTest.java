package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.Hit;
import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import fr.santekb.api.search.MatchVisitor;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.schema.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SearchService#visitMatches} stops at its cap and says how many matched. */
class MatchVisitTest {
  @Test
  void aCapListsTheFirstMatchesAndTellsTheTotal() throws Exception {
    SantekbConfig config = ConfigLoader.load(MiniCorpus.configDir());
    try (SearchService service = SearchService.open(TestServer.shared().corpus.index,
        new Schema(FrenchAnalysis.load(config.analysisDir())), Vocabularies.load(config),
        Duration.ofMinutes(1))) {
      List<MatchSummary> summaries = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      service.visitMatches(SearchRequest.all(), 3, new MatchVisitor() {
        @Override
        public void start(MatchSummary summary) {
          assertThat(paths).isEmpty();
          summaries.add(summary);
        }

        @Override
        public void visit(MatchedDocument document) {
          paths.add(document.path());
        }
      });
      assertThat(summaries).singleElement().satisfies(s -> {
        assertThat(s.total()).isEqualTo(7);
        assertThat(s.listed()).isEqualTo(3);
      });
      assertThat(paths).isEqualTo(service.search(SearchRequest.all()).hits().subList(0, 3)
          .stream().map(Hit::path).toList());
    }
  }
}
