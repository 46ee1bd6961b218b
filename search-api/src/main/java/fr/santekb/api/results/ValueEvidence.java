package fr.santekb.api.results;

import java.util.List;

/**
 * Why a document has a facet value (« Pourquoi ? » in the document view).
 *
 * @param mentions how many times its text names the value
 * @param inTitle whether its title names it
 * @param inRecord whether a field of its action record names it
 * @param passages the first passages that name it, the trigger in {@code <mark>}, with their page
 */
public record ValueEvidence(int mentions, boolean inTitle, boolean inRecord,
    List<Snippet> passages) {}
