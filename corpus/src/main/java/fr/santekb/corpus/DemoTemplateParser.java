package fr.santekb.corpus;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument.Page;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a demo template into a {@link DemoEntry}.
 *
 * <p>Template layout: a header of {@code @key value} lines ({@code #} lines are comments), then
 * pages. A line {@code == Heading} starts a page; blank lines separate paragraphs; the lines of one
 * paragraph are kept with {@code \n} between them (so "Thème" and its value stay one paragraph, as in
 * an OSCARS record). A page headed {@code == @fiches <resource>} is replaced by the pages that
 * {@link ActionPlanPages} renders from that resource. Keys {@code meta.*} fill the sidecar; list
 * values are separated by {@code " ; "}. The fiction notice {@link DemoCorpusGenerator#FOOTER} is
 * appended to the last page of every document.
 */
final class DemoTemplateParser {
  private static final String PAGE_MARK = "==";
  private static final String FICHES_MARK = "@fiches ";
  private static final String LIST_SEPARATOR = " ; ";
  private static final Set<String> KEYS = Set.of("file", "format", "title", "author", "created",
      "meta.title", "meta.type", "meta.dispositif", "meta.territory", "meta.year", "meta.partners",
      "meta.sourceUrl");
  private static final Set<String> REQUIRED = Set.of("file", "format", "title", "author", "created");

  private DemoTemplateParser() {}

  /** Parses {@code text}; {@code name} only serves error messages. */
  static DemoEntry parse(String name, String text) {
    List<String> lines = Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    Map<String, String> header = new LinkedHashMap<>();
    int i = 0;
    for (; i < lines.size() && !lines.get(i).startsWith(PAGE_MARK); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("@")) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected '@key value' or '=='");
      }
      int space = line.indexOf(' ');
      String key = space < 0 ? line.substring(1) : line.substring(1, space);
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown key @" + key);
      }
      header.put(key, space < 0 ? "" : line.substring(space + 1).strip());
    }
    for (String key : REQUIRED) {
      if (header.getOrDefault(key, "").isEmpty()) {
        throw new IllegalArgumentException(name + ": missing @" + key);
      }
    }
    List<Page> pages = withFooter(name, pages(name, lines.subList(i, lines.size())));
    SampleFormat format = format(name, header.get("format"));
    SampleDocument document = new SampleDocument(header.get("title"), header.get("author"),
        date(name, header.get("created")), pages);
    return new DemoEntry(header.get("file") + "." + format.extension(), format, document,
        sidecar(name, header));
  }

  private static List<Page> pages(String name, List<String> lines) {
    List<Page> pages = new ArrayList<>();
    String heading = null;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.startsWith(PAGE_MARK)) {
        flush(block, paragraphs);
        if (heading != null) {
          addPage(name, pages, heading, paragraphs);
        }
        heading = line.substring(PAGE_MARK.length()).strip();
        paragraphs = new ArrayList<>();
      } else if (line.isBlank()) {
        flush(block, paragraphs);
      } else {
        block.append(block.isEmpty() ? "" : "\n").append(line);
      }
    }
    flush(block, paragraphs);
    if (heading != null) {
      addPage(name, pages, heading, paragraphs);
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(name + ": no page (a page starts with '== Heading')");
    }
    return pages;
  }

  private static void addPage(String name, List<Page> pages, String heading,
      List<String> paragraphs) {
    if (heading.startsWith(FICHES_MARK)) {
      if (!paragraphs.isEmpty()) {
        throw new IllegalArgumentException(name + ": an @fiches page takes no paragraphs");
      }
      String resource = heading.substring(FICHES_MARK.length()).strip();
      pages.addAll(ActionPlanPages.render(resource, DemoResources.read(resource)));
    } else {
      pages.add(new Page(heading, paragraphs));
    }
  }

  private static void flush(StringBuilder block, List<String> paragraphs) {
    if (!block.isEmpty()) {
      paragraphs.add(block.toString());
      block.setLength(0);
    }
  }

  private static List<Page> withFooter(String name, List<Page> pages) {
    List<Page> result = new ArrayList<>(pages);
    Page last = result.removeLast();
    List<String> paragraphs = new ArrayList<>(last.paragraphs());
    paragraphs.add(DemoCorpusGenerator.FOOTER);
    result.add(new Page(last.heading(), paragraphs));
    return result;
  }

  private static SampleFormat format(String name, String value) {
    try {
      return SampleFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": unknown @format " + value + " (known: "
          + Arrays.toString(SampleFormat.values()) + ")", e);
    }
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": @created must be YYYY-MM-DD, got " + value, e);
    }
  }

  private static Optional<Sidecar> sidecar(String name, Map<String, String> header) {
    if (header.keySet().stream().noneMatch(k -> k.startsWith("meta."))) {
      return Optional.empty();
    }
    Optional<Integer> year;
    try {
      year = optional(header, "meta.year").map(Integer::valueOf);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": @meta.year must be a year", e);
    }
    return Optional.of(new Sidecar(optional(header, "meta.title"), optional(header, "meta.type"),
        list(header, "meta.dispositif"), list(header, "meta.territory"), year,
        list(header, "meta.partners"), optional(header, "meta.sourceUrl")));
  }

  private static Optional<String> optional(Map<String, String> header, String key) {
    return Optional.ofNullable(header.get(key)).filter(v -> !v.isEmpty());
  }

  private static List<String> list(Map<String, String> header, String key) {
    return optional(header, key).stream()
        .flatMap(v -> Arrays.stream(v.split(LIST_SEPARATOR)))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
