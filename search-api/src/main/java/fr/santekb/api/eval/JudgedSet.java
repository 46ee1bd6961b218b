package fr.santekb.api.eval;

import fr.santekb.indexer.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged query set: queries with graded judgments, made by reading the documents. Documents
 * are named by their path relative to the corpus root ({@code documents/…}, {@code seeds/…});
 * copies of one content in several formats form one content, named by its first path, so that a
 * ranking lists it once and a judgment counts once.
 *
 * <p>Files: {@code judgments.tsv}, one judgment a line, {@code qid TAB kind TAB query TAB grade TAB
 * path}; {@code copies.tsv}, one content a line, its paths separated by tabs. Lines starting with
 * {@code #} are comments.
 */
public final class JudgedSet {
  private final List<JudgedQuery> queries;
  private final Map<String, String> contentOfPath;

  private JudgedSet(List<JudgedQuery> queries, Map<String, String> contentOfPath) {
    this.queries = List.copyOf(queries);
    this.contentOfPath = Map.copyOf(contentOfPath);
  }

  /** Reads {@code judgments} and, when it exists, {@code copies.tsv} beside it. */
  public static JudgedSet load(Path judgments) {
    Map<String, String> contentOfPath = new HashMap<>();
    Path copies = judgments.resolveSibling("copies.tsv");
    if (Files.exists(copies)) {
      for (String[] cols : rows(copies)) {
        for (String path : cols) {
          contentOfPath.put(path.strip(), cols[0].strip());
        }
      }
    }
    Map<String, String[]> heads = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    int line = 0;
    for (String[] cols : rows(judgments)) {
      line++;
      if (cols.length != 5) {
        throw new ConfigException(judgments + ": judgment " + line
            + " needs 5 tab-separated columns (qid kind query grade path), has " + cols.length);
      }
      String id = cols[0].strip();
      String[] head = heads.computeIfAbsent(id, k -> cols);
      if (!head[1].equals(cols[1]) || !head[2].equals(cols[2])) {
        throw new ConfigException(judgments + ": query " + id + " has two kinds or texts");
      }
      int grade = parseGrade(judgments, line, cols[3].strip());
      String content = contentOfPath.getOrDefault(cols[4].strip(), cols[4].strip());
      grades.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(content, grade, Math::max);
    }
    List<JudgedQuery> queries = new ArrayList<>();
    heads.forEach((id, head) -> queries.add(
        new JudgedQuery(id, head[1].strip(), head[2].strip(), grades.get(id))));
    return new JudgedSet(queries, contentOfPath);
  }

  public List<JudgedQuery> queries() {
    return queries;
  }

  /** The content a document path belongs to: its first copy's path, or the path itself. */
  public String contentKey(String path) {
    return contentOfPath.getOrDefault(path, path);
  }

  private static int parseGrade(Path file, int line, String text) {
    if (!text.equals("1") && !text.equals("2")) {
      throw new ConfigException(file + ": judgment " + line + " has grade '" + text
          + "'; grades are 1 (mentions it usefully) or 2 (about it)");
    }
    return Integer.parseInt(text);
  }

  private static List<String[]> rows(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
