package fr.santekb.indexer.samples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes plain text (UTF-8 or Windows-1252) or Markdown: the title first, then each page's heading
 * and paragraphs, blocks separated by a blank line.
 */
final class PlainTextSampleWriter {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PlainTextSampleWriter() {}

  static void write(SampleDocument doc, SampleFormat format, Path target) throws IOException {
    boolean markdown = format == SampleFormat.MARKDOWN;
    StringBuilder text = new StringBuilder();
    text.append(markdown ? "# " : "").append(doc.title()).append("\n\n");
    for (SampleDocument.Page page : doc.pages()) {
      text.append(markdown ? "## " : "").append(page.heading()).append("\n\n");
      for (String paragraph : page.paragraphs()) {
        text.append(paragraph).append("\n\n");
      }
    }
    if (format == SampleFormat.TXT_CP1252) {
      Files.write(target, encodeStrictly(text.toString(), WINDOWS_1252));
    } else {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }

  /** Fails on a character the charset lacks instead of writing "?" silently. */
  private static byte[] encodeStrictly(String text, Charset charset) throws IOException {
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
