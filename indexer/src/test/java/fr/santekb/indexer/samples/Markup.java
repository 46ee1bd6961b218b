package fr.santekb.indexer.samples;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/** Small helpers shared by the writers: XML escaping and the fixed timestamps of a sample. */
final class Markup {

  private Markup() {}

  /** Escapes text for XML and HTML element content and attribute values. */
  static String escapeXml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The sample's one timestamp: its creation day at 09:00, used for every date it writes. */
  static LocalDateTime timestamp(SampleDocument doc) {
    return doc.created().atTime(9, 0);
  }

  /** {@link #timestamp} as a {@link Date}, read as UTC so the bytes do not depend on the machine. */
  static Date date(SampleDocument doc) {
    return Date.from(timestamp(doc).toInstant(ZoneOffset.UTC));
  }

  /** ISO date-time with a Z, as OpenDocument and OOXML metadata expect. */
  static String isoDateTime(SampleDocument doc) {
    return timestamp(doc) + ":00Z";
  }
}
