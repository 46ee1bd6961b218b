package fr.santekb.api.results;

/**
 * The years a contract is in force, both included.
 *
 * @param from first year
 * @param to last year
 */
public record ValidityPeriod(int from, int to) {}
