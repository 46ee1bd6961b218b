package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ExtractionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Builds the one Tika parser an extractor reuses, and the per-file parse context, from the
 * extraction settings: zip-bomb limits, SAX (streaming) OOXML extractors, OCR on or off, and ODP
 * slide markers.
 */
final class TikaParsers {
  private static final Set<MediaType> ODP_TYPES = Stream.of(
      "application/vnd.oasis.opendocument.presentation",
      "application/vnd.oasis.opendocument.presentation-template")
      .map(MediaType::parse).collect(Collectors.toUnmodifiableSet());

  private static final EncodingDetector ENCODING_DETECTOR = new Windows1252Detector();

  private TikaParsers() {}

  /**
   * Tika's default parsers and detector, with ODP routed to an {@code OpenDocumentParser} that marks
   * slides (a parser listed later wins for its types), and the zip-bomb limits applied by the
   * {@code SecureContentHandler} that AutoDetectParser wraps around every handler. {@code extra}
   * parsers come last, so they win for the types they declare (tests plant parsers this way).
   */
  static AutoDetectParser autoDetectParser(ExtractionSettings settings, List<Parser> extra) {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    OpenDocumentParser odp = new OpenDocumentParser();
    odp.setContentParser(new OdpSlidesContentParser());
    List<Parser> parsers = new ArrayList<>(List.of(tika.getParser(),
        ParserDecorator.withTypes(odp, ODP_TYPES)));
    parsers.addAll(extra);
    AutoDetectParser parser = new AutoDetectParser(tika.getDetector(),
        parsers.toArray(Parser[]::new));
    AutoDetectParserConfig limits = new AutoDetectParserConfig();
    limits.setMaximumCompressionRatio((long) Math.ceil(settings.maxCompressionRatio()));
    limits.setMaximumPackageEntryDepth(settings.maxPackageDepth());
    parser.setAutoDetectParserConfig(limits);
    return parser;
  }

  /** A fresh context for one file: parse contexts carry per-parse state and are not shared. */
  static ParseContext context(Parser parser, ExtractionSettings settings) {
    ParseContext context = new ParseContext();
    // Embedded documents (attachments, OLE objects) are parsed with the same parser.
    context.set(Parser.class, parser);
    context.set(EncodingDetector.class, ENCODING_DETECTOR);

    OfficeParserConfig office = new OfficeParserConfig();
    // The default DOM extractors load a whole OOXML part in memory: a docx bomb took 1 GB.
    office.setUseSAXDocxExtractor(true);
    // Not for PPTX: the streaming extractor emits slides out of presentation order (slide 1 came
    // 18th), which breaks page links, titles and years. The zip-bomb guards and the file size
    // limit bound what the DOM extractor loads.
    office.setUseSAXPptxExtractor(false);
    // Master slides hold template text ("Click to edit the title style"), not content.
    office.setIncludeSlideMasterContent(false);
    context.set(OfficeParserConfig.class, office);

    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(settings.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO
        : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);

    TesseractOCRConfig ocr = new TesseractOCRConfig();
    // When tesseract is installed Tika OCRs every image unless told not to: slow, and garbage
    // from logos and thumbnails.
    ocr.setSkipOcr(!settings.ocr());
    ocr.setLanguage(settings.ocrLanguage());
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }
}
