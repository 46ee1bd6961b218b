/**
 * The HTTP layer: one handler per route, errors mapped once to RFC 7807 problem details, the
 * request log, CORS headers for the configured origins, the OpenAPI document and the static web
 * page. Handlers only parse parameters, call {@link fr.santekb.api.search.SearchService} and write
 * its records: as JSON, or streamed as CSV and Atom for the exports. Depends on Javalin, the Jetty
 * it runs on (for errors raised before routing), {@code api.query}, {@code api.search},
 * {@code api.results}, and the serve settings' types in {@code indexer.config}.
 */
package fr.santekb.api.http;
