package fr.santekb.api.results;

import java.util.List;

/** Completions for a partial query: frequent phrases first, then document titles. */
public record SuggestResponse(String query, List<Suggestion> suggestions) {}
