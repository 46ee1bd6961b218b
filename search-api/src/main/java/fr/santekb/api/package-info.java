/**
 * The santekb search server: {@link fr.santekb.api.SearchApp} wires the Javalin application from a
 * {@link fr.santekb.api.search.SearchService} (tests use it on port 0), {@link
 * fr.santekb.api.SearchServer} opens the index and runs it. Sub-packages: {@code http} (routes and
 * errors), {@code query} (requests), {@code search} (the index), {@code results} (responses).
 */
package fr.santekb.api;
