package fr.santekb.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: UTF-8 with a byte order mark, comma-separated, CRLF line
 * ends, quoted cells with doubled quotes. Anything else (a bare LF, a quote inside an unquoted
 * cell, text after a closing quote) fails the test.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  public static CsvTable parse(byte[] bytes) {
    if (bytes.length < 3 || !Arrays.equals(Arrays.copyOf(bytes, 3), BOM)) {
      throw new AssertionError("no UTF-8 byte order mark");
    }
    String text = decode(bytes);
    List<List<String>> lines = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && cell.isEmpty()) {
        int j = i + 1;
        while (true) {
          int q = text.indexOf('"', j);
          if (q < 0) {
            throw new AssertionError("unclosed quote at " + i);
          }
          cell.append(text, j, q);
          if (q + 1 < text.length() && text.charAt(q + 1) == '"') {
            cell.append('"');
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new AssertionError("text after a closing quote at " + i);
        }
        continue;
      }
      if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new AssertionError("CR without LF at " + i);
        }
        row.add(cell.toString());
        cell.setLength(0);
        lines.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '"') {
        throw new AssertionError("bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
      } else {
        cell.append(c);
      }
      i++;
    }
    if (!row.isEmpty() || !cell.isEmpty()) {
      throw new AssertionError("last line without CRLF");
    }
    if (lines.isEmpty()) {
      throw new AssertionError("no header");
    }
    int width = lines.get(0).size();
    lines.forEach(l -> {
      if (l.size() != width) {
        throw new AssertionError("row of " + l.size() + " cells, header has " + width + ": " + l);
      }
    });
    return new CsvTable(lines.get(0), lines.subList(1, lines.size()));
  }

  /** The bytes after the byte order mark, which must be well-formed UTF-8. */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8", e);
    }
  }

  /** The cells of column {@code name}, row by row. */
  public List<String> column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new AssertionError("no column " + name + " in " + header);
    }
    return rows.stream().map(r -> r.get(i)).toList();
  }
}
