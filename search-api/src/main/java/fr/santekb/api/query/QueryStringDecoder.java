package fr.santekb.api.query;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a raw query string ({@code a=1&b=x+y}) strictly: {@code +} is a space, every {@code %}
 * is followed by two hexadecimal digits, and the escaped bytes are well-formed UTF-8. Lenient
 * decoders drop or replace what they cannot read, so {@code q=%zz} became an empty query listing
 * every document; here it is an {@link InvalidParameterException} naming the parameter.
 */
public final class QueryStringDecoder {
  private QueryStringDecoder() {}

  /** Parameter name to its values, in order; empty for a null or blank query string. */
  public static Map<String, List<String>> decode(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = component(rawName, ParamReader.abbreviate(rawName));
      String value = eq < 0 ? "" : component(pair.substring(eq + 1), name);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /** One name or value decoded; {@code parameter} names it in the error. */
  private static String component(String raw, String parameter) {
    if (raw.indexOf('%') < 0) {
      return raw.replace('+', ' ');
    }
    StringBuilder out = new StringBuilder(raw.length());
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        flush(bytes, out, parameter);
        out.append(c == '+' ? ' ' : c);
        continue;
      }
      int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new InvalidParameterException(parameter, parameter + " is not validly "
            + "percent-encoded: every % must be followed by two hexadecimal digits");
      }
      bytes.put((byte) (hi << 4 | lo));
      i += 2;
    }
    flush(bytes, out, parameter);
    return out.toString();
  }

  /** Appends the pending escaped bytes as UTF-8 text, refusing malformed sequences. */
  private static void flush(ByteBuffer bytes, StringBuilder out, String parameter) {
    if (bytes.position() == 0) {
      return;
    }
    bytes.flip();
    try {
      CharBuffer text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
      out.append(text);
    } catch (CharacterCodingException e) {
      throw new InvalidParameterException(parameter, parameter + " is not valid UTF-8 once "
          + "percent-decoded (encode the text as UTF-8, e.g. é as %C3%A9)");
    }
    bytes.clear();
  }
}
