package fr.santekb.api.results;

/** A facet value of one document and its display label. */
public record LabelledValue(String value, String label) {}
