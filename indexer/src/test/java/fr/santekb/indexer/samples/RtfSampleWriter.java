package fr.santekb.indexer.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes an RTF file in pure ASCII: every non-ASCII character is a {@code \\uN?} escape, so the
 * bytes do not depend on a code page; title, author and creation time go to the info group.
 */
final class RtfSampleWriter {

  private RtfSampleWriter() {}

  static void write(SampleDocument doc, Path target) throws IOException {
    StringBuilder rtf = new StringBuilder();
    rtf.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n");
    rtf.append("{\\fonttbl{\\f0\\fswiss Arial;}}\n");
    LocalDateTime time = Markup.timestamp(doc);
    rtf.append("{\\info{\\title ").append(escape(doc.title())).append("}{\\author ")
        .append(escape(doc.author())).append("}{\\creatim\\yr").append(time.getYear())
        .append("\\mo").append(time.getMonthValue()).append("\\dy").append(time.getDayOfMonth())
        .append("\\hr").append(time.getHour()).append("\\min").append(time.getMinute())
        .append("}}\n");
    paragraph(rtf, doc.title(), "\\b\\fs36");
    for (SampleDocument.Page page : doc.pages()) {
      paragraph(rtf, page.heading(), "\\b\\fs28");
      for (String text : page.paragraphs()) {
        paragraph(rtf, text, "\\fs22");
      }
    }
    rtf.append("}\n");
    Files.writeString(target, rtf, StandardCharsets.US_ASCII);
  }

  private static void paragraph(StringBuilder rtf, String text, String format) {
    rtf.append("{\\pard\\f0").append(format).append(' ').append(escape(text)).append("\\par}\n");
  }

  /** RTF escapes: backslash and braces; non-ASCII as a signed 16-bit {@code \\uN} plus "?". */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\line ");
      } else if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append((int) (short) c).append('?');
      }
    }
    return out.toString();
  }
}
