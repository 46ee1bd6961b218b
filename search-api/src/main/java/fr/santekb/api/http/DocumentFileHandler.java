package fr.santekb.api.http;

import fr.santekb.api.query.ParamReader;
import fr.santekb.api.search.DocumentFile;
import fr.santekb.api.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * {@code GET /api/documents/{id}/file}: the original file, with its media type. Which file is decided
 * by the index alone (the id is the only input); documents are shown sandboxed, so an HTML original
 * cannot run scripts with the page's origin, and no other site may frame them.
 */
public final class DocumentFileHandler implements Handler {
  /**
   * Replaces the page's policy for originals. {@code sandbox} (no token): an HTML original gets an
   * opaque origin and runs no script, submits no form, opens no window. The built-in PDF viewers
   * are not sandboxed content: Chromium's (an extension) and Firefox's (pdf.js, with its own
   * privileged origin) still open a PDF at {@code #page=N}, as the browser checks show
   * (ContentSecurityPolicyBrowserTest, search-api/src/test/browser-firefox/check-pdf-viewer.sh).
   * {@code frame-ancestors 'none'}: as for the page, no site may show an original in a frame (the
   * page itself never frames one; {@code sandbox} alone leaves framing open).
   */
  static final String CONTENT_SECURITY_POLICY = "sandbox; frame-ancestors 'none'";

  private final SearchService service;

  public DocumentFileHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    new ParamReader(ctx.queryParamMap()).refuseUnknown();
    DocumentFile file = service.file(ctx.pathParam("id"));
    String encodedName = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    // Compression off: the length sent is the file's, and compressing would change it (Jetty then
    // fails small files with "insufficient content written" and truncates large ones).
    ctx.disableCompression();
    ctx.contentType(servedType(file.mediaType()))
        .header("Content-Disposition", "inline; filename*=UTF-8''" + encodedName)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", Long.toString(Files.size(file.file())));
    if (ctx.method() != HandlerType.HEAD) {
      ctx.result(Files.newInputStream(file.file()));
    }
  }

  /**
   * The type a browser should get: XHTML originals (Tika's type for HTML with an XML prolog or
   * namespace) are shown as HTML, since browsers refuse most real-world "XHTML" as XML; parameters
   * such as the charset are kept.
   */
  static String servedType(String mediaType) {
    String xhtml = "application/xhtml+xml";
    return mediaType.regionMatches(true, 0, xhtml, 0, xhtml.length())
        ? "text/html" + mediaType.substring(xhtml.length()) : mediaType;
  }
}
