package fr.santekb.indexer.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a sample document in a given format; the single entry point of this package. */
public final class SampleWriters {

  private SampleWriters() {}

  /**
   * Writes {@code doc} to {@code target} (created or replaced; parent folders are created). The
   * caller chooses the file name; {@link SampleFormat#extension()} gives the usual ending.
   */
  public static void write(SampleDocument doc, SampleFormat format, Path target)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case PDF -> PdfSampleWriter.write(doc, target);
      case DOCX -> DocxSampleWriter.write(doc, target);
      case ODT, ODP, ODS -> OdfSampleWriter.write(doc, format, target);
      case RTF -> RtfSampleWriter.write(doc, target);
      case PPTX -> PptxSampleWriter.write(doc, target);
      case PPT -> PptSampleWriter.write(doc, target);
      case HTML -> HtmlSampleWriter.write(doc, target);
      case TXT_UTF8, TXT_CP1252, MARKDOWN -> PlainTextSampleWriter.write(doc, format, target);
    }
  }
}
