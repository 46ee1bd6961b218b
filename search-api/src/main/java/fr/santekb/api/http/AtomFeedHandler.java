package fr.santekb.api.http;

import fr.santekb.api.query.SearchQueryString;
import fr.santekb.api.query.SearchRequest;
import fr.santekb.api.query.SearchRequestParser;
import fr.santekb.api.query.SortOrder;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/feed.atom}: an Atom feed of the {@link #ENTRIES} newest documents matching a
 * search (its parameters; page, size and sort ignored: always newest first), with links to the
 * search page in the same state and to each document, on the host the client asked for.
 */
public final class AtomFeedHandler implements Handler {
  /** Entries in one feed. */
  public static final int ENTRIES = 50;
  static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";

  private final SearchService service;

  public AtomFeedHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    SearchRequest request = SearchRequestParser.parseIgnoringPaging(ctx.queryParamMap())
        .withSort(SortOrder.DATE);
    String state = SearchQueryString.of(request);
    String base = RequestUrls.base(ctx);
    AtomFeedWriter.Head head = new AtomFeedWriter.Head(
        AtomFeedWriter.TAG + "search" + (state.isEmpty() ? "" : "?" + state),
        "santekb — " + SearchInWords.of(request, service::label), RequestUrls.self(ctx),
        base + "/" + (state.isEmpty() ? "" : "?" + state), base,
        request.hasQueryText() ? "&q=" + URLEncoder.encode(request.query().strip(),
            StandardCharsets.UTF_8) : "");
    ctx.contentType(MEDIA_TYPE);
    AtomFeedWriter feed = new AtomFeedWriter(ctx.outputStream(), head);
    service.visitMatches(request, ENTRIES, feed);
    feed.finish();
  }
}
