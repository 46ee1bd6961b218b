package fr.santekb.api.search;

import fr.santekb.indexer.schema.FacetName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/** A facet value and its document count, read from Lucene {@link Facets}. */
record FacetCount(String value, int count) {

  /** The {@code n} most frequent values of {@code facet} (count, then value order). */
  static List<FacetCount> top(Facets facets, FacetName facet, int n) throws IOException {
    return list(facets.getTopChildren(n, facet.apiName()));
  }

  /** Every value of {@code facet} with at least one document, in index order. */
  static List<FacetCount> all(Facets facets, FacetName facet) throws IOException {
    return list(facets.getAllChildren(facet.apiName()));
  }

  /** Documents with {@code value}, 0 when no document of the index has it. */
  static int of(Facets facets, FacetName facet, String value) throws IOException {
    Number n = facets.getSpecificValue(facet.apiName(), value);
    return n == null ? 0 : Math.max(0, n.intValue());
  }

  private static List<FacetCount> list(FacetResult result) {
    List<FacetCount> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        if (lv.value.intValue() > 0) {
          out.add(new FacetCount(lv.label, lv.value.intValue()));
        }
      }
    }
    return out;
  }
}
