/**
 * Response records of the JSON API, serialised as they are by Jackson. Plain data: no Lucene, no
 * Javalin; the OpenAPI document ({@code openapi.yaml}) describes each of them.
 */
package fr.santekb.api.results;
