package fr.santekb.api;

import fr.santekb.api.kb.EntityCatalog;
import fr.santekb.api.kb.KnowledgeBase;
import fr.santekb.api.search.CountEstimation;
import fr.santekb.api.search.SearchService;
import fr.santekb.indexer.analysis.FrenchAnalysis;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.enrichment.Vocabularies;
import fr.santekb.indexer.schema.Schema;
import io.javalin.Javalin;
import java.io.IOException;

/** A running server: the index opened with the project's analysis, and Javalin on host:port. */
public final class SearchServer implements AutoCloseable {
  private final SearchService service;
  private final Javalin app;

  private SearchServer(SearchService service, Javalin app) {
    this.service = service;
    this.app = app;
  }

  /** Opens the index and starts listening; fails when there is no index or the port is taken. */
  public static SearchServer start(SearchSettings settings) throws IOException {
    return start(settings, CountEstimation.DEFAULT);
  }

  /**
   * The same, search answers estimating their counts as {@code estimation} says (tests use small
   * samples on small indexes).
   */
  public static SearchServer start(SearchSettings settings, CountEstimation estimation)
      throws IOException {
    SantekbConfig config = ConfigLoader.load(settings.configDir());
    Schema schema = new Schema(FrenchAnalysis.load(config.analysisDir()));
    Vocabularies vocabularies = Vocabularies.load(config);
    SearchService service = SearchService.open(settings.indexDir(), schema, vocabularies,
        settings.refreshEvery(), settings.searchBudget(), estimation);
    try {
      Javalin app = SearchApp.create(service,
          new KnowledgeBase(service, EntityCatalog.of(vocabularies)), settings);
      app.start(settings.host(), settings.port());
      return new SearchServer(service, app);
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  public SearchService service() {
    return service;
  }

  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      service.close();
    }
  }
}
