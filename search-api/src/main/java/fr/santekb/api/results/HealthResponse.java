package fr.santekb.api.results;

/**
 * State of the server and its index.
 *
 * @param status always {@code ok} when the server answers
 * @param documents number of searchable documents
 * @param commitTime when the index now served was committed (ISO-8601 instant), null if unknown
 * @param ready whether searches can find anything: the index holds at least one document (a load
 *     balancer or a monitoring probe checks this, not just that the process answers)
 */
public record HealthResponse(String status, int documents, String commitTime, boolean ready) {}
