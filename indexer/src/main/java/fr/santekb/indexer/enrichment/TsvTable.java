package fr.santekb.indexer.enrichment;

import fr.santekb.indexer.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UTF-8 tab-separated file whose first non-comment line names the columns; lines starting
 * with "#" and blank lines are ignored. The first required column is the key and may not be empty. Missing files, missing columns and short rows fail with the
 * file name and line number.
 */
final class TsvTable {
  private TsvTable() {}

  /** One row: column name → value (empty string when the cell is empty). */
  record Row(Map<String, String> cells, String where) {
    String get(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  static List<Row> read(Path file, List<String> requiredColumns) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("vocabulary or geography file not found: " + file);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String[] header = null;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          List<String> columns = List.of(header);
          for (String required : requiredColumns) {
            ConfigException.require(columns.contains(required), file.toString(),
                "missing column " + required, columns);
          }
          continue;
        }
        String where = file.getFileName() + ":" + lineNumber;
        ConfigException.require(cells.length <= header.length, where, "more cells than columns",
            cells.length);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          row.put(header[i], cells[i].strip());
        }
        String key = requiredColumns.get(0);
        ConfigException.require(!row.getOrDefault(key, "").isEmpty(), where, "empty " + key, line);
        rows.add(new Row(row, where));
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    return rows;
  }
}
