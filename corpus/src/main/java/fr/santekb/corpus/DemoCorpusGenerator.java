package fr.santekb.corpus;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleWriters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the demo corpus: about thirty invented French local health-policy documents in every
 * sample format, plus a few {@code .meta.json} sidecars, always byte for byte the same.
 *
 * <p>The list of documents is {@code resources/demo/manifest.txt}; each document is a template under
 * {@code resources/demo/documents/} (layout in {@link DemoTemplateParser}).
 */
public final class DemoCorpusGenerator {
  /** The notice that ends every demo document. */
  public static final String FOOTER = "Document de démonstration santekb — contenu fictif.";
  /** Where {@code main} writes when given no argument (relative to the working directory). */
  public static final String DEFAULT_OUTPUT = "corpus/documents";
  private static final String POI_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.poi";
  private static final String MANIFEST = "manifest.txt";
  private static final String TEMPLATES = "documents/";

  private DemoCorpusGenerator() {}

  /** {@code args[0]}: output folder, default {@value #DEFAULT_OUTPUT}. */
  public static void main(String[] args) throws IOException {
    // POI logs every slide it adds at INFO; keep the command's output to its one-line summary.
    if (System.getProperty(POI_LOG_LEVEL) == null) {
      System.setProperty(POI_LOG_LEVEL, "warn");
    }
    Path out = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT);
    List<Path> written = generate(out);
    long sidecars = written.stream()
        .filter(p -> p.getFileName().toString().endsWith(Sidecar.SUFFIX)).count();
    System.out.println(String.format(Locale.ROOT,
        "santekb: %d demo documents and %d sidecars written to %s",
        written.size() - sidecars, sidecars, out.toAbsolutePath().normalize()));
  }

  /** The demo documents, in manifest order, parsed from their templates. */
  public static List<DemoEntry> entries() {
    List<DemoEntry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String line : DemoResources.read(MANIFEST).split("\n")) {
      String template = line.strip();
      if (template.isEmpty() || template.startsWith("#")) {
        continue;
      }
      DemoEntry entry = DemoTemplateParser.parse(template,
          DemoResources.read(TEMPLATES + template));
      if (!names.add(entry.fileName())) {
        throw new IllegalStateException(template + ": file name used twice: " + entry.fileName());
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * Writes every demo document (and its sidecar, if any) into {@code outDir}, creating it, replacing
   * files of the same name and leaving other files alone.
   *
   * @return the files written, each document followed by its sidecar
   */
  public static List<Path> generate(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    for (DemoEntry entry : entries()) {
      Path target = outDir.resolve(entry.fileName());
      SampleWriters.write(entry.document(), entry.format(), target);
      written.add(target);
      if (entry.sidecar().isPresent()) {
        Path sidecar = outDir.resolve(entry.fileName() + Sidecar.SUFFIX);
        SidecarJson.write(entry.sidecar().get(), sidecar);
        written.add(sidecar);
      }
    }
    return written;
  }
}
