package fr.santekb.api.query;

import fr.santekb.indexer.schema.FacetName;

/** One facet value a document must carry ({@code partner=atmo-sud}). */
public record FacetTerm(FacetName facet, String value) {}
