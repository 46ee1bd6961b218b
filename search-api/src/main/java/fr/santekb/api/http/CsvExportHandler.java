package fr.santekb.api.http;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.results.LabelledValue;
import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import fr.santekb.api.search.MatchVisitor;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /api/export.csv}: every document matching a search (its parameters, page and size
 * ignored), in the search's order, one CSV row each, streamed as it is read. UTF-8 with a byte
 * order mark and CRLF line ends, so spreadsheets open it with its accents; see {@link CsvWriter}
 * for quoting and formula neutralising. At most {@link #MAX_ROWS} rows: {@code X-Total-Count}
 * gives the number of matches, {@code X-Export-Truncated: true} says when rows were left out.
 */
public final class CsvExportHandler implements Handler {
  /** Most rows one export lists. */
  public static final int MAX_ROWS = 100_000;
  static final String MEDIA_TYPE = "text/csv; charset=utf-8";
  static final String FILE_NAME = "santekb-export.csv";
  /** Several values in one cell are joined with this. */
  static final String JOIN = " ; ";
  static final List<String> HEADER = List.of("titre", "chemin", "type", "année",
      "en vigueur de", "en vigueur à", "communes (INSEE)", "EPCI (SIREN)", "départements",
      "régions", "thèmes", "partenaires", "signataires", "dispositifs", "extrait", "page", "lien");

  private final SearchService service;

  public CsvExportHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    SearchRequest request = SearchRequestParser.parseIgnoringPaging(ctx.queryParamMap());
    Rows rows = new Rows(ctx, RequestUrls.base(ctx));
    service.visitMatches(request, MAX_ROWS, rows);
    rows.finish();
  }

  /** Writes the response: headers and byte order mark first, then one row per document. */
  private static final class Rows implements MatchVisitor {
    private final Context ctx;
    private final String base;
    private Writer out;
    private CsvWriter csv;

    Rows(Context ctx, String base) {
      this.ctx = ctx;
      this.base = base;
    }

    @Override
    public void start(MatchSummary summary) throws IOException {
      ctx.contentType(MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
          .header("X-Total-Count", Long.toString(summary.total()));
      if (summary.listed() < summary.total()) {
        ctx.header("X-Export-Truncated", "true");
      }
      out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(),
          StandardCharsets.UTF_8));
      out.write('\uFEFF');
      csv = new CsvWriter(out);
      csv.row(HEADER);
    }

    @Override
    public void visit(MatchedDocument d) throws IOException {
      csv.row(row(d, base));
    }

    void finish() throws IOException {
      out.flush();
    }
  }

  static List<String> row(MatchedDocument d, String base) {
    return List.of(text(d.title()), text(d.path()), text(d.type()), number(d.year()),
        number(d.period() == null ? null : d.period().from()),
        number(d.period() == null ? null : d.period().to()),
        joined(d, "commune", LabelledValue::value), joined(d, "epci", LabelledValue::value),
        joined(d, "departement", LabelledValue::value), joined(d, "region", LabelledValue::value),
        joined(d, "theme", LabelledValue::label), joined(d, "partner", LabelledValue::label),
        joined(d, "signatory", LabelledValue::label), joined(d, "dispositif",
        LabelledValue::label), text(d.excerpt()), number(d.excerptPage()),
        RequestUrls.document(base, d.id()));
  }

  private static String joined(MatchedDocument d, String facet,
      Function<LabelledValue, String> part) {
    return String.join(JOIN, d.values(facet).stream().map(part).toList());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String number(Integer value) {
    return value == null ? "" : value.toString();
  }
}
