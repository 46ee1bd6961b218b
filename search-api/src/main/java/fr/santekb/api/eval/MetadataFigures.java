package fr.santekb.api.eval;

import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.extraction.PdfTextChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata figures kept in the repository ({@code config/eval/metadata-figures.tsv}, one
 * {@code metric TAB value} a line), checked like the search figures: a change beyond {@link
 * Figures#TOLERANCE} either way is reported. A run whose PDFs are read by pdftotext is checked
 * against {@code metadata-figures-pdftotext.tsv}: pdftotext also reads the label of a form button
 * that PDFBox skips (« RETOUR CIRCULAIRE » on the first page of {@code piratox/annexe_700.pdf}),
 * which gives that document the labelled type, one document more (type accuracy 0.921 against
 * 0.905); every other figure is within the tolerance of PDFBox's.
 */
public final class MetadataFigures {
  private MetadataFigures() {}

  /** The kept figures for the PDF text path a run with {@code extraction} takes. */
  public static Path keptFile(Path evalDir, ExtractionSettings extraction) {
    return evalDir.resolve(PdfTextChoice.readsWithPdftotext(extraction)
        ? "metadata-figures-pdftotext.tsv" : "metadata-figures.tsv");
  }

  public static void write(MetadataResult result, Path file, String command) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# santekb metadata against the hand-labelled sample; made by: ").append(command)
        .append('\n').append("# checked by the test command with a tolerance of ")
        .append(Figures.TOLERANCE).append(" (a drop fails, a gain asks for this file to be "
            + "rewritten)\n");
    result.figures().forEach((name, value) -> out.append(
        String.format(Locale.ROOT, "%s\t%.4f%n", name, value)));
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  public static Map<String, Double> read(Path file) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] c = line.split("\t");
        out.put(c[0], Double.parseDouble(c[1]));
      }
    }
    return out;
  }

  /** Every figure that moved beyond the tolerance, or is kept but no longer measured. */
  public static List<String> differences(MetadataResult result, Map<String, Double> kept) {
    List<String> out = new ArrayList<>();
    kept.forEach((name, value) -> {
      Double now = result.figures().get(name);
      if (now == null) {
        out.add(name + ": kept but no longer measured");
      } else {
        Figures.compare(out, "metadata", name, now, value, true);
      }
    });
    result.figures().keySet().stream().filter(n -> !kept.containsKey(n))
        .forEach(n -> out.add(n + ": measured but not kept"));
    return out;
  }

  /** The figures as a two-column Markdown table. */
  public static String table(MetadataResult result) {
    StringBuilder out = new StringBuilder("| metric | value |\n| --- | --- |\n");
    result.figures().forEach((name, value) -> out.append(
        String.format(Locale.ROOT, "| %s | %.3f |%n", name, value)));
    return out.toString();
  }
}
