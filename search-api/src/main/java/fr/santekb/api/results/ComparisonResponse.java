package fr.santekb.api.results;

import java.util.List;

/**
 * Contracts as rows, the values of one facet (themes, dispositifs, partners, signatories) as
 * columns: which CLS cover santé mentale and involve a CCAS.
 *
 * @param by the facet the columns come from
 * @param total documents matching the search
 * @param listed rows given (the first {@code listed} matches, in the search's order)
 * @param columns the values named by at least one row, most rows first, with that number of rows
 * @param rows the documents
 */
public record ComparisonResponse(String by, long total, int listed, List<FacetValue> columns,
    List<ComparisonRow> rows) {}
