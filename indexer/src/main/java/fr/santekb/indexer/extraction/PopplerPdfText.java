package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of a PDF page by page from poppler's {@code pdftotext} (what recoll uses: several times
 * faster than PDFBox, and no Java start-up cost), with its title and dates. One run of {@code
 * pdftotext -raw -bbox} gives the words of each page with their boxes in the order of the page's
 * content stream, from which {@link PdfLayoutText} cuts lines and paragraphs as PDFBox does, and
 * the info dictionary's title and dates. Each
 * {@code page} element is one PDF page, so a document has as many pages, in the same order, as with
 * PDFBox (each PDF page is one Tika {@code div.page}).
 *
 * <p>A fast path only: {@link #read} answers empty whenever poppler could not read the file (an
 * encrypted or broken PDF), and the caller then parses it with PDFBox, which classifies the
 * failure. An interrupt (the {@link ParseGuard}'s time or memory limit) kills the running process.
 * Which path a run takes is {@link PdfTextChoice}'s decision.
 */
final class PopplerPdfText {
  private final Path pdftotext;

  PopplerPdfText(Path pdftotext) {
    this.pdftotext = pdftotext;
  }

  /** What poppler read: the pages (at least one) and the info dictionary's title and dates. */
  record Result(List<String> pages, boolean truncated, Optional<String> title,
      Optional<String> created, Optional<String> modified) {}

  /** Poppler's pdftotext when it is on the PATH. */
  static Optional<PopplerPdfText> installed() {
    return onPath("pdftotext").map(PopplerPdfText::new);
  }

  /** The program this path runs. */
  Path program() {
    return pdftotext;
  }

  /**
   * The pages and metadata of {@code file}, at most {@code writeLimit} characters of text, or
   * empty when poppler failed on it.
   *
   * @throws InterruptedIOException when the calling thread was interrupted: the process is killed
   */
  Optional<Result> read(Path file, int writeLimit) throws IOException {
    Path out = Files.createTempFile("santekb-pdftotext-", ".html");
    try {
      String pdf = file.toAbsolutePath().toString();
      if (run(List.of(pdftotext.toString(), "-raw", "-bbox", "-enc", "UTF-8", "-q", pdf,
          out.toString())) != 0) {
        return Optional.empty();
      }
      PdfLayoutText.Layout layout = PdfLayoutText.parse(Files.readString(out,
          StandardCharsets.UTF_8));
      List<String> pages = TikaExtractor.cut(layout.pages(), writeLimit);
      return Optional.of(new Result(pages, !pages.equals(layout.pages()), layout.title(),
          layout.created(), layout.modified()));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The first line pdftotext prints about itself ("pdftotext version 22.12.0"), or "unknown". */
  String version() {
    try {
      Process process = new ProcessBuilder(pdftotext.toString(), "-v")
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return text.lines().findFirst().map(String::strip).orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown (interrupted)";
    }
  }

  /** Runs a command, its output discarded; the exit code. */
  private static int run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      InterruptedIOException stop = new InterruptedIOException("pdftotext killed: "
          + "the parse was abandoned");
      stop.initCause(e);
      throw stop;
    }
  }

  private static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, tool);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
