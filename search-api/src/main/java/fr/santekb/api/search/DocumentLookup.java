package fr.santekb.api.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.api.results.DocumentView;
import fr.santekb.api.results.Highlight;
import fr.santekb.api.results.LabelledValue;
import fr.santekb.api.results.Snippet;
import fr.santekb.api.results.ValueEvidence;
import fr.santekb.indexer.schema.FacetName;
import fr.santekb.indexer.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds one document by id: its full view, or its original file. The file's location is read from
 * the index (source folder + relative path), never from the client, and is served only when it
 * still resolves, links followed, to a regular file inside that source folder.
 */
final class DocumentLookup {
  /** Ids are 16 lower-case hex digits (see DocumentIds); anything else cannot exist. */
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FacetLabels labels;

  DocumentLookup(FacetLabels labels) {
    this.labels = labels;
  }

  DocumentView view(IndexSnapshot snapshot, String id, Optional<Query> query) throws IOException {
    int doc = docId(snapshot, id);
    Document d = snapshot.storedFields().document(doc);
    StoredHit hit = StoredHit.from(d);
    Map<String, List<LabelledValue>> facets = new LinkedHashMap<>();
    hit.facets().forEach((facet, values) -> facets.put(facet.apiName(), values.stream()
        .map(v -> new LabelledValue(v, labels.label(facet, v))).toList()));
    String text = d.get(Fields.BODY) == null ? "" : d.get(Fields.BODY);
    String type = hit.values(FacetName.TYPE).stream().findFirst()
        .map(v -> labels.label(FacetName.TYPE, v)).orElse(null);
    String format = hit.values(FacetName.FORMAT).stream().findFirst().orElse(null);
    IndexableField size = d.getField(Fields.SIZE);
    IndexableField truncated = d.getField(Fields.TRUNCATED);
    return new DocumentView(hit.id(), hit.path(), hit.title(), type, hit.year(), format,
        d.get(Fields.MEDIA_TYPE), size == null ? 0 : size.numericValue().longValue(),
        d.get(Fields.CREATED), d.get(Fields.MODIFIED), d.get(Fields.LANGUAGE),
        d.get(Fields.SOURCE_URL), truncated != null && truncated.numericValue().intValue() == 1,
        facets, evidence(d.get(Fields.EVIDENCE), text, hit.pageStarts()),
        query.isEmpty() ? List.of() : highlights(MatchRanges.of(snapshot, query.get(), doc), text,
            hit.pageStarts()), text,
        pages(text, hit.pageStarts()), actionRecord(d.get(Fields.ACTION_RECORD)),
        "/api/documents/" + hit.id() + "/file", hit.period(),
        StoredSections.parse(hit.sectionsJson()).stream().map(StoredSections.Stored::view)
            .toList(), StoredQuality.parse(d.get(Fields.QUALITY),
            hit.values(FacetName.QUALITY)));
  }

  /** Context shown on each side of a mention, in characters. */
  static final int EVIDENCE_CONTEXT = 90;

  /** The stored evidence with its passages cut out of the text; empty when none was stored. */
  static Map<String, Map<String, ValueEvidence>> evidence(String json, String text,
      int[] pageStarts) throws IOException {
    Map<String, Map<String, ValueEvidence>> out = new LinkedHashMap<>();
    if (json == null) {
      return out;
    }
    JSON.readTree(json).properties().forEach(facet -> {
      Map<String, ValueEvidence> values = new LinkedHashMap<>();
      facet.getValue().properties().forEach(value -> {
        JsonNode e = value.getValue();
        List<Snippet> passages = new ArrayList<>();
        e.path("spans").forEach(span -> {
          int start = span.path("start").asInt();
          int end = span.path("end").asInt();
          if (start >= 0 && end <= text.length() && start < end) {
            passages.add(new Snippet(passage(text, start, end), PageLocator.pageOf(pageStarts,
                start)));
          }
        });
        values.put(value.getKey(), new ValueEvidence(e.path("mentions").asInt(),
            e.path("inTitle").asBoolean(), e.path("inRecord").asBoolean(), passages));
      });
      out.put(facet.getKey(), values);
    });
    return out;
  }

  /** The mention [start, end) with some context, HTML-escaped, the mention in {@code <mark>}. */
  static String passage(String text, int start, int end) {
    int from = Math.max(0, start - EVIDENCE_CONTEXT);
    int to = Math.min(text.length(), end + EVIDENCE_CONTEXT);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && from < start) {
      from++;
    }
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to > end) {
      to--;
    }
    StringBuilder sb = new StringBuilder();
    if (from > 0) {
      sb.append('…');
    }
    Html.escape(text, from, start, sb);
    sb.append("<mark>");
    Html.escape(text, start, end, sb);
    sb.append("</mark>");
    Html.escape(text, end, to, sb);
    if (to < text.length()) {
      sb.append('…');
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  DocumentFile file(IndexSnapshot snapshot, String id) throws IOException {
    Document d = load(snapshot, id);
    String source = d.get(Fields.SOURCE);
    String relative = d.get(Fields.PATH);
    if (source == null || relative == null) {
      throw new NotFoundException("document " + id + " has no original file");
    }
    Path root = Path.of(source).toAbsolutePath().normalize();
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      throw new NotFoundException("the original file of document " + id
          + " is no longer available");
    }
    // Links are resolved: the real file must still lie inside the real source folder.
    Path realRoot = root.toRealPath();
    Path realFile = file.toRealPath();
    if (!realFile.startsWith(realRoot) || !Files.isRegularFile(realFile,
        LinkOption.NOFOLLOW_LINKS)) {
      throw new NotFoundException("the original file of document " + id
          + " is no longer available");
    }
    String mediaType = d.get(Fields.MEDIA_TYPE) == null ? "application/octet-stream"
        : d.get(Fields.MEDIA_TYPE);
    return new DocumentFile(realFile, OriginalCharset.label(realFile, mediaType),
        realFile.getFileName().toString());
  }

  private static Document load(IndexSnapshot snapshot, String id) throws IOException {
    return snapshot.storedFields().document(docId(snapshot, id));
  }

  /** The Lucene doc id of document {@code id}; {@link NotFoundException} when there is none. */
  private static int docId(IndexSnapshot snapshot, String id) throws IOException {
    if (!ID.matcher(id).matches()) {
      throw new NotFoundException("no document with id \"" + abbreviate(id) + "\"");
    }
    TopDocs top = snapshot.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new NotFoundException("no document with id \"" + id + "\"");
    }
    return top.scoreDocs[0].doc;
  }

  /**
   * Ranges of the whole text made relative to the pages {@link #pages} returns (each stripped);
   * without pages, relative to the text.
   */
  static List<Highlight> highlights(List<int[]> ranges, String text, int[] starts) {
    List<Highlight> out = new ArrayList<>(ranges.size());
    if (starts.length == 0) {
      ranges.forEach(r -> out.add(new Highlight(null, r[0], r[1])));
      return out;
    }
    int page = 0;
    for (int[] r : ranges) {
      while (page + 1 < starts.length && starts[page + 1] <= r[0]) {
        page++;
      }
      int from = Math.min(starts[page], text.length());
      while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
        from++; // pages() strips each page
      }
      int to = page + 1 < starts.length ? Math.min(starts[page + 1], text.length())
          : text.length();
      if (r[0] >= from && r[1] <= to) {
        out.add(new Highlight(page + 1, r[0] - from, r[1] - from));
      }
    }
    return out;
  }

  /** The text of each page, split at the page starts; null when the document has no pages. */
  static List<String> pages(String text, int[] starts) {
    if (starts.length == 0) {
      return null;
    }
    List<String> pages = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      int from = Math.min(starts[i], text.length());
      int to = i + 1 < starts.length ? Math.min(Math.max(starts[i + 1], from), text.length())
          : text.length();
      pages.add(text.substring(from, to).strip());
    }
    return pages;
  }

  private static JsonNode actionRecord(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored action record is not JSON", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
