package fr.santekb.indexer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.quality.Quality;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import fr.santekb.indexer.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps an {@link IndexableDocument} to the Lucene document the schema describes; nothing else. */
public final class DocumentMapper {
  /** Body: tokenized, stored, with offsets so the highlighter needs no re-analysis. */
  private static final FieldType BODY_TYPE = new FieldType();
  /** Exact body: positions for phrases, not stored (the text is stored once, in BODY). */
  private static final FieldType EXACT_TYPE = new FieldType();

  static {
    BODY_TYPE.setTokenized(true);
    BODY_TYPE.setStored(true);
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
    EXACT_TYPE.setTokenized(true);
    EXACT_TYPE.setStored(false);
    EXACT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    EXACT_TYPE.freeze();
  }

  private final Schema schema;
  private final EntityNames entityNames;
  private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());

  public DocumentMapper(Schema schema, EntityNames entityNames) {
    this.schema = schema;
    this.entityNames = entityNames;
  }

  public Document toLucene(IndexableDocument in) {
    ExtractedDocument d = in.document();
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, in.id(), Field.Store.YES));
    doc.add(new StringField(Fields.PATH, in.relativePath(), Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, in.sourceRoot().toString(), Field.Store.YES));
    doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
    doc.add(new TextField(Fields.TITLE_EXACT, d.title(), Field.Store.NO));
    String body = d.text();
    doc.add(new Field(Fields.BODY, body, BODY_TYPE));
    doc.add(new Field(Fields.BODY_EXACT, body, EXACT_TYPE));
    for (String name : entityNames.of(in.enrichment())) {
      doc.add(new TextField(Fields.ENTITIES, name, Field.Store.NO));
    }
    if (d.paged()) {
      for (int start : d.pageStarts()) {
        doc.add(new StoredField(Fields.PAGE_STARTS, start));
      }
    }
    doc.add(new StoredField(Fields.MEDIA_TYPE, d.mediaType()));
    doc.add(new StoredField(Fields.SIZE, d.sizeBytes()));
    doc.add(new StringField(Fields.HASH, d.contentHash(), Field.Store.YES));
    d.language().ifPresent(l -> doc.add(new StringField(Fields.LANGUAGE, l, Field.Store.YES)));
    d.created().ifPresent(c -> doc.add(new StoredField(Fields.CREATED, c.toString())));
    d.modified().ifPresent(m -> doc.add(new StoredField(Fields.MODIFIED, m.toString())));
    doc.add(new StoredField(Fields.FILE_MTIME, in.fileModifiedMillis()));
    doc.add(new StoredField(Fields.TRUNCATED, d.truncated() ? 1 : 0));
    doc.add(new StoredField(Fields.PIPELINE_VERSION, Schema.PIPELINE_VERSION));
    String copyKey = copyKey(in.sourceRoot().toString(), in.relativePath());
    doc.add(new StringField(Fields.COPY_KEY, copyKey, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.COPY_KEY, new BytesRef(copyKey)));
    doc.add(new NumericDocValuesField(Fields.COPY_RANK, 0));
    doc.add(new NumericDocValuesField(Fields.BODY_CHARS, body.length()));
    // Lucene wants one field shape in every document that has the field: all three or none.
    in.enrichment().year().ifPresent(y -> {
      doc.add(new IntPoint(Fields.YEAR, y));
      doc.add(new StoredField(Fields.YEAR, y));
      doc.add(new NumericDocValuesField(Fields.YEAR, y));
    });
    doc.add(new NumericDocValuesField(Fields.DATE_SORT, sortDay(in)));
    in.enrichment().sourceUrl().ifPresent(u -> doc.add(new StoredField(Fields.SOURCE_URL, u)));
    if (!in.enrichment().evidence().isEmpty()) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      in.enrichment().evidence().forEach((facet, byValue) -> evidence.put(facet.apiName(),
          byValue));
      doc.add(new StoredField(Fields.EVIDENCE, toJson(evidence)));
    }
    in.enrichment().contract().period().ifPresent(p -> {
      doc.add(new IntPoint(Fields.PERIOD_FROM, p.from()));
      doc.add(new StoredField(Fields.PERIOD_FROM, p.from()));
      doc.add(new IntPoint(Fields.PERIOD_TO, p.to()));
      doc.add(new StoredField(Fields.PERIOD_TO, p.to()));
    });
    if (!in.enrichment().contract().sections().isEmpty()) {
      doc.add(new StoredField(Fields.SECTIONS, toJson(in.enrichment().contract().sections())));
      doc.add(new StringField(Fields.HAS_SECTIONS, "1", Field.Store.NO));
    }
    in.enrichment().actionRecord().ifPresent(r -> doc.add(new StoredField(Fields.ACTION_RECORD,
        toJson(r))));
    doc.add(new StoredField(Fields.QUALITY, toJson(qualityJson(in.quality()))));
    for (FacetName facet : FacetName.values()) {
      for (String value : facetValues(in, facet)) {
        doc.add(new SortedSetDocValuesFacetField(facet.apiName(), value));
        doc.add(new SortedSetDocValuesField(Fields.ALL_FACETS,
            new BytesRef(FacetsConfig.pathToString(facet.apiName(), new String[] {value}))));
        doc.add(new StoredField(Fields.storedFacet(facet), value));
      }
    }
    try {
      return schema.facetsConfig().build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The enrichment's values of {@code facet}; for QUALITY, the quality's level. */
  private static Set<String> facetValues(IndexableDocument in, FacetName facet) {
    return facet == FacetName.QUALITY ? Set.of(in.quality().level().id())
        : in.enrichment().values(facet);
  }

  /** See {@link Fields#QUALITY}: the score and its parts, repairs by kind's API name. */
  static Map<String, Object> qualityJson(Quality q) {
    Map<String, Integer> repairs = new LinkedHashMap<>();
    q.repairs().counts().forEach((kind, n) -> repairs.put(kind.apiName(), n));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("score", round(q.score()));
    out.put("knownWordShare", round(q.knownWordShare()));
    out.put("knownWords", q.knownWords());
    out.put("unknownWords", q.unknownWords());
    out.put("repairs", repairs);
    out.put("emptyPages", q.emptyPages());
    out.put("pages", q.pages());
    return out;
  }

  /** Four decimals: enough for a share, and stable text in the stored JSON. */
  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** See {@link Fields#COPY_KEY}. */
  static String copyKey(String sourceRoot, String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    int dot = relativePath.lastIndexOf('.');
    String stem = dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
    return (sourceRoot + "\u0000" + stem).toLowerCase(Locale.ROOT);
  }

  /** Document date for "newest first": the created date, else 1 July of its year, else 0. */
  private static long sortDay(IndexableDocument in) {
    Optional<LocalDate> created = in.document().created();
    Optional<Integer> year = in.enrichment().year();
    if (year.isPresent() && (created.isEmpty() || created.get().getYear() != year.get())) {
      return LocalDate.of(year.get(), 7, 1).toEpochDay();
    }
    return created.map(LocalDate::toEpochDay).orElse(0L);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records always serialise", e);
    }
  }
}
