package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a PDF page by page from poppler's {@code pdftotext} (what recoll uses: several times
 * faster than PDFBox, and no Java start-up cost), and its title and dates from {@code pdfinfo}.
 * Pages come from the form feed pdftotext writes after each page, so a document has as many pages,
 * in the same order, as with PDFBox (each PDF page is one Tika {@code div.page}); paragraphs are
 * separated by a blank line, as {@link PagedTextHandler} does.
 *
 * <p>A fast path only: {@link #read} answers empty whenever poppler could not read the file (an
 * encrypted or broken PDF), and the caller then parses it with PDFBox, which classifies the
 * failure. An interrupt (the {@link ParseGuard}'s time or memory limit) kills the running process.
 *
 * <p>Off unless the system property {@code santekb.pdftotext=on} is set: the pages agree with
 * PDFBox's, but the text does not yet clean the same way. pdftotext keeps a heading and the
 * paragraph under it in one block where PDFBox separates them (section and title detection read
 * those blank lines), and it turns glyphs without a Unicode map into punctuation and digits that
 * pass the readable-text check, where PDFBox's output is rejected as needing OCR.
 */
final class PopplerPdfText {
  static final String SWITCH = "santekb.pdftotext";
  private static final Pattern MANY_BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+\n");

  private final Path pdftotext;
  private final Path pdfinfo;

  PopplerPdfText(Path pdftotext, Path pdfinfo) {
    this.pdftotext = pdftotext;
    this.pdfinfo = pdfinfo;
  }

  /** What poppler read: the pages (at least one) and the info dictionary's title and dates. */
  record Result(List<String> pages, boolean truncated, Optional<String> title,
      Optional<String> created, Optional<String> modified) {}

  /** Poppler's tools when the switch is on and both are on the PATH. */
  static Optional<PopplerPdfText> find() {
    if (!"on".equals(System.getProperty(SWITCH, "off").strip().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return installed();
  }

  /** Poppler's tools when both are on the PATH, whatever the switch says. */
  static Optional<PopplerPdfText> installed() {
    return onPath("pdftotext").flatMap(text -> onPath("pdfinfo")
        .map(info -> new PopplerPdfText(text, info)));
  }

  /**
   * The pages and metadata of {@code file}, at most {@code writeLimit} characters of text, or
   * empty when poppler failed on it.
   *
   * @throws InterruptedIOException when the calling thread was interrupted: the process is killed
   */
  Optional<Result> read(Path file, int writeLimit) throws IOException {
    Path out = Files.createTempFile("santekb-pdftotext-", ".txt");
    try {
      String pdf = file.toAbsolutePath().toString();
      if (run(List.of(pdftotext.toString(), "-enc", "UTF-8", "-eol", "unix", "-q", pdf,
          out.toString()), null) != 0) {
        return Optional.empty();
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      boolean truncated = text.length() > writeLimit;
      List<String> pages = pages(truncated ? text.substring(0, writeLimit) : text);
      List<String> info = run(List.of(pdfinfo.toString(), "-enc", "UTF-8", "-isodates", pdf),
          out) == 0 ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of();
      return Optional.of(new Result(pages, truncated, field(info, "Title"),
          field(info, "CreationDate"), field(info, "ModDate")));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Pages of pdftotext's output: a form feed ends each page; blank-line runs become one. */
  static List<String> pages(String text) {
    String[] parts = text.split("\f", -1);
    int count = parts.length > 1 && parts[parts.length - 1].isBlank() ? parts.length - 1
        : parts.length;
    List<String> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String page = TRAILING_SPACES.matcher(parts[i]).replaceAll("\n");
      pages.add(MANY_BLANK_LINES.matcher(page).replaceAll("\n\n").strip());
    }
    return pages.isEmpty() ? List.of("") : pages;
  }

  /** The value of {@code name:} in pdfinfo's output, when not blank. */
  static Optional<String> field(List<String> info, String name) {
    String prefix = name + ":";
    return info.stream().filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()).strip()).filter(v -> !v.isEmpty())
        .findFirst();
  }

  /** Runs a command, its output to {@code out} (or discarded); the exit code. */
  private static int run(List<String> command, Path out) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    if (out != null) {
      builder.redirectOutput(out.toFile());
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process process = builder.start();
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
