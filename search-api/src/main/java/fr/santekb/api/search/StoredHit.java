package fr.santekb.api.search;

import fr.santekb.api.results.ValidityPeriod;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/** The stored fields a result list shows for one document (everything but the text). */
record StoredHit(String id, String copyKey, String path, String title, Integer year, int[] pageStarts,
    Map<FacetName, List<String>> facets, ValidityPeriod period, String sectionsJson) {

  static final Set<String> FIELDS = fields();

  private static Set<String> fields() {
    Set<String> f = new HashSet<>(List.of(Fields.ID, Fields.COPY_KEY, Fields.PATH, Fields.TITLE, Fields.YEAR,
        Fields.PAGE_STARTS, Fields.PERIOD_FROM, Fields.PERIOD_TO, Fields.SECTIONS));
    for (FacetName facet : FacetName.values()) {
      f.add(Fields.storedFacet(facet));
    }
    return Set.copyOf(f);
  }

  static StoredHit load(StoredFields stored, int doc) throws IOException {
    return from(stored.document(doc, FIELDS));
  }

  static StoredHit from(Document d) {
    IndexableField year = d.getField(Fields.YEAR);
    int[] starts = Arrays.stream(d.getFields(Fields.PAGE_STARTS))
        .mapToInt(f -> f.numericValue().intValue()).sorted().toArray();
    Map<FacetName, List<String>> facets = new EnumMap<>(FacetName.class);
    for (FacetName facet : FacetName.values()) {
      List<String> values = List.of(d.getValues(Fields.storedFacet(facet)));
      if (!values.isEmpty()) {
        facets.put(facet, values.stream().sorted().toList());
      }
    }
    IndexableField from = d.getField(Fields.PERIOD_FROM);
    IndexableField to = d.getField(Fields.PERIOD_TO);
    ValidityPeriod period = from == null || to == null ? null
        : new ValidityPeriod(from.numericValue().intValue(), to.numericValue().intValue());
    return new StoredHit(d.get(Fields.ID), d.get(Fields.COPY_KEY), d.get(Fields.PATH), d.get(Fields.TITLE),
        year == null || year.numericValue() == null ? null : year.numericValue().intValue(),
        starts, facets, period, d.get(Fields.SECTIONS));
  }

  List<String> values(FacetName facet) {
    return facets.getOrDefault(facet, List.of());
  }
}
