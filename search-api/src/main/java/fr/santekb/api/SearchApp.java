package fr.santekb.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import fr.santekb.api.http.AtomFeedHandler;
import fr.santekb.api.http.CompareHandler;
import fr.santekb.api.http.CorsHeaders;
import fr.santekb.api.http.CsvExportHandler;
import fr.santekb.api.http.DocumentFileHandler;
import fr.santekb.api.http.DocumentHandler;
import fr.santekb.api.http.EntitiesHandler;
import fr.santekb.api.http.EntityHandler;
import fr.santekb.api.http.FacetValuesHandler;
import fr.santekb.api.http.GracefulStop;
import fr.santekb.api.http.HealthHandler;
import fr.santekb.api.http.JettyProblemErrorHandler;
import fr.santekb.api.http.OpenApiHandler;
import fr.santekb.api.http.ProblemMapper;
import fr.santekb.api.http.RequestChecks;
import fr.santekb.api.http.RequestLog;
import fr.santekb.api.http.SearchHandler;
import fr.santekb.api.http.SecurityHeaders;
import fr.santekb.api.http.SuggestHandler;
import fr.santekb.api.kb.KnowledgeBase;
import fr.santekb.api.search.SearchService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin application: routes, error mapping, request log and the static page. */
public final class SearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);

  /** Room for the request line and headers: long searches must reach our own validation. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private SearchApp() {}

  /** GET {@code path}, and HEAD answering exactly like it (Jetty sends no body for HEAD). */
  private static void apiRoute(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /**
   * The application over {@code service}, not started; the settings' {@code uiDir} is served at
   * {@code /}, their CORS origins and request log format apply.
   */
  public static Javalin create(SearchService service, KnowledgeBase knowledgeBase,
      SearchSettings settings) {
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(json, false));
      config.startup.showJavalinBanner = false;
      config.requestLogger.http(new RequestLog(settings.requestLog(), json, System.out,
          Clock.systemUTC()));
      config.routes.before("/api/*", new CorsHeaders(settings.corsOrigins()));
      GracefulStop.install(config, GracefulStop.DEFAULT_TIMEOUT);
      new ProblemMapper(json).register(config);
      RequestChecks.register(config);
      SecurityHeaders.register(config);
      // Jetty's defaults refuse a long search URI (414) before our own limit on q answers.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
      config.jetty.modifyServer(server -> server.setErrorHandler(
          new JettyProblemErrorHandler(json)));
      apiRoute(config, "/api/search", new SearchHandler(service));
      apiRoute(config, "/api/export.csv", new CsvExportHandler(service));
      apiRoute(config, "/api/feed.atom", new AtomFeedHandler(service));
      apiRoute(config, "/api/documents/{id}", new DocumentHandler(service));
      apiRoute(config, "/api/documents/{id}/file", new DocumentFileHandler(service));
      apiRoute(config, "/api/suggest", new SuggestHandler(service));
      apiRoute(config, "/api/facets/{name}", new FacetValuesHandler(service));
      apiRoute(config, "/api/compare", new CompareHandler(service));
      apiRoute(config, "/api/entities", new EntitiesHandler(knowledgeBase));
      apiRoute(config, "/api/entities/{type}/{key}", new EntityHandler(knowledgeBase));
      apiRoute(config, "/api/health", new HealthHandler(service));
      apiRoute(config, "/api/openapi.yaml", new OpenApiHandler());
      settings.uiDir().map(d -> d.toAbsolutePath().normalize()).ifPresent(dir -> {
        if (Files.isDirectory(dir)) {
          config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = dir.toString();
            files.location = Location.EXTERNAL;
          });
        } else {
          LOG.warn("no web page: {} is not a folder; serving the API only", dir);
        }
      });
    });
  }
}
