package fr.santekb.api.search;

import fr.santekb.api.query.QueryBuilder;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.results.FacetValue;
import fr.santekb.api.results.FacetValuesResponse;
import fr.santekb.indexer.analysis.TextKeys;
import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.facet.Facets;

/**
 * Searches inside one facet's values, all of them (a facet may have tens of thousands, such as
 * communes): values whose label, or one of its words, starts with a prefix, ignoring case and
 * accents, or whose value starts with it (an INSEE code); counted for the current query and the
 * other facets' filters, most frequent first.
 */
final class FacetValueSearch {
  private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");

  private final HitSearch hitSearch;
  private final QueryBuilder queryBuilder;
  private final FacetLabels labels;

  FacetValueSearch(HitSearch hitSearch, QueryBuilder queryBuilder, FacetLabels labels) {
    this.hitSearch = hitSearch;
    this.queryBuilder = queryBuilder;
    this.labels = labels;
  }

  FacetValuesResponse search(IndexSnapshot snapshot, FacetName facet, String prefix, int size,
      SearchRequest context) throws IOException {
    Deadline deadline = hitSearch.deadline();
    HitSearch.Matches matches = hitSearch.run(snapshot, context,
        queryBuilder.build(context.query(), snapshot.getIndexReader()), 1, deadline);
    String folded = TextKeys.key(prefix);
    List<FacetValue> matching = new ArrayList<>();
    if (matches.facets(facet).isPresent()) {
      Facets facets = matches.facets(facet).get();
      for (FacetCount c : FacetCount.all(facets, facet)) {
        String label = labels.label(facet, c.value());
        if (matches(folded, label, c.value())) {
          matching.add(new FacetValue(c.value(), label, c.count()));
        }
      }
    }
    matching.sort(Comparator.comparingInt(FacetValue::count).reversed()
        .thenComparing(v -> TextKeys.foldLower(v.label())).thenComparing(FacetValue::value));
    return new FacetValuesResponse(facet.apiName(), prefix, matching.size(),
        List.copyOf(matching.subList(0, Math.min(size, matching.size()))), deadline.cut());
  }

  /** True when the label or one of its words starts with the folded prefix, or the value does. */
  static boolean matches(String foldedPrefix, String label, String value) {
    if (foldedPrefix.isEmpty() || value.toLowerCase(Locale.ROOT).startsWith(foldedPrefix)) {
      return true;
    }
    String foldedLabel = TextKeys.key(label);
    if (foldedLabel.startsWith(foldedPrefix) || foldedLabel.contains(" " + foldedPrefix)) {
      return true; // the whole label, or from one of its words on ("cote d az")
    }
    for (String word : WORD_BREAK.split(foldedLabel)) {
      if (!word.isEmpty() && word.startsWith(foldedPrefix)) {
        return true;
      }
    }
    return false;
  }
}
