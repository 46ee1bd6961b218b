package fr.santekb.indexer.extraction;

import fr.santekb.indexer.config.ExtractionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text per page and metadata from one file with Apache Tika, and classifies what cannot be
 * extracted. One instance holds one parser and the language profiles; reuse it for every file
 * (the first file costs about a second, later ones milliseconds). Safe for concurrent use: state
 * lives in each call.
 */
public final class TikaExtractor implements AutoCloseable {
  static final String NO_TEXT_OCR_OFF = "no text extracted: scanned document? (OCR disabled)";
  static final String NO_TEXT_OCR_ON = "no text extracted, even with OCR";

  private final ExtractionSettings settings;
  private final AutoDetectParser parser;
  private final LanguageGuesser languages;
  private final ParseGuard guard;
  /**
   * PDF text by poppler as {@link PdfTextChoice} decides (installed, not switched off, OCR off),
   * and no test parsers planted (they replace Tika's own, PDF included).
   */
  private final Optional<PopplerPdfText> poppler;

  public TikaExtractor(ExtractionSettings settings) {
    this(settings, List.of());
  }

  /**
   * An extractor whose parser also holds {@code extraParsers}, which win for the media types they
   * declare: the seam tests use to plant parsers that hang or eat memory.
   */
  public TikaExtractor(ExtractionSettings settings, List<Parser> extraParsers) {
    this(settings, extraParsers, PdfTextChoice.choose(settings));
  }

  TikaExtractor(ExtractionSettings settings, List<Parser> extraParsers,
      Optional<PopplerPdfText> poppler) {
    this.settings = settings;
    this.parser = TikaParsers.autoDetectParser(settings, extraParsers);
    this.languages = new LanguageGuesser();
    this.guard = new ParseGuard(settings.parseTimeout(), settings.maxParseAllocation());
    this.poppler = extraParsers.isEmpty() ? poppler : Optional.empty();
  }

  /** Whether PDFs are read by poppler's pdftotext rather than PDFBox. */
  public boolean readsPdfWithPoppler() {
    return poppler.isPresent();
  }

  /**
   * Never throws for a bad file: returns the document, or a rejection whose outcome says why
   * (EMPTY, ENCRYPTED, UNSUPPORTED, FAILED, TIMEOUT, TOO_LARGE, UNREADABLE). The extraction runs
   * under a {@link ParseGuard}: out of time or memory, the file is abandoned. Errors other than a
   * stack overflow or an out-of-memory error in the parse are not caught: the run cannot go on
   * safely after them.
   */
  public Extraction extract(Path file) {
    return guard.run(() -> {
      try {
        return extractOrThrow(file);
      } catch (Exception | StackOverflowError e) {
        return ParseFailures.reject(e, settings);
      }
    });
  }

  private Extraction extractOrThrow(Path file) throws IOException, SAXException, TikaException {
    long size = Files.size(file);
    if (size == 0) {
      return new Extraction.Rejected(Outcome.EMPTY, "empty file (0 bytes)");
    }
    if (size > settings.maxFileBytes()) {
      return new Extraction.Rejected(Outcome.UNSUPPORTED, "file too large: " + size
          + " bytes, over extraction.maxFileBytes=" + settings.maxFileBytes());
    }
    String fileName = file.getFileName().toString();
    Metadata metadata = new Metadata();
    PagedTextHandler handler = new PagedTextHandler();
    boolean truncated = false;
    String format;
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      MediaType detected = parser.getDetector().detect(in, metadata);
      Optional<String> detectedFormat = FormatIds.of(detected.getBaseType().toString(), fileName);
      if (detectedFormat.isEmpty()) {
        return new Extraction.Rejected(Outcome.UNSUPPORTED,
            "not an indexed format: " + detected.getBaseType());
      }
      format = detectedFormat.get();
      if ("pdf".equals(format) && poppler.isPresent()) {
        Optional<PopplerPdfText.Result> read = poppler.get().read(file, settings.writeLimit());
        if (read.isPresent()) {
          PopplerPdfText.Result pdf = read.get();
          return document(file, size, detected.getBaseType().toString(), format, pdf.pages(),
              pdf.truncated(), pdf.title().orElse(null), pdf.created().orElse(null),
              pdf.modified().orElse(null), Optional.empty(), true);
        }
      }
      try {
        // One write limit around the whole chain; AutoDetectParser adds the zip-bomb guard.
        parser.parse(in, new WriteOutContentHandler(new StopWhenInterrupted(handler),
                settings.writeLimit()), metadata,
            TikaParsers.context(parser, settings));
      } catch (IOException | SAXException | TikaException | RuntimeException e) {
        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
          throw e;
        }
        truncated = true;
      }
    }
    String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
        .orElse(MediaType.OCTET_STREAM.toString());
    MediaType mediaType = MediaType.parse(contentType);
    String baseType = mediaType == null ? contentType : mediaType.getBaseType().toString();
    format = FormatIds.of(baseType, fileName).orElse(format);

    List<String> pages = "md".equals(format) ? MarkdownText.strip(handler.pages())
        : handler.pages();
    return document(file, size, baseType, format, pages, truncated,
        metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.CREATED),
        metadata.get(TikaCoreProperties.MODIFIED), handler.firstHeading(), handler.paged());
  }

  /** The extracted document from a parser's pages and metadata, or why it has no readable text. */
  private Extraction document(Path file, long size, String baseType, String format,
      List<String> pages, boolean truncated, String title, String created, String modified,
      Optional<String> firstHeading, boolean paged) throws IOException {
    List<String> kept = cut(pages, settings.maxCharsPerDocument());
    boolean cut = truncated || !kept.equals(pages);
    String text = String.join("\n\n", kept);
    if (!ReadableText.hasLetters(text)) {
      return new Extraction.Rejected(Outcome.EMPTY,
          settings.ocr() ? NO_TEXT_OCR_ON : NO_TEXT_OCR_OFF);
    }
    if ("pdf".equals(format)) {
      double wordShare = ReadableText.wordShare(text);
      if (wordShare < ReadableText.MIN_WORD_SHARE) {
        return new Extraction.Rejected(Outcome.EMPTY, String.format(Locale.ROOT,
            "no readable text: only %.0f%% of the characters are in words, the rest digits and"
                + " punctuation (fonts without a Unicode map); OCR needed", 100 * wordShare));
      }
    }
    double letterShare = ReadableText.letterShare(text);
    if (letterShare < ReadableText.MIN_LETTER_SHARE) {
      return new Extraction.Rejected(Outcome.EMPTY, String.format(Locale.ROOT,
          "no readable text: %.0f%% of the characters are glyphs without Unicode mapping"
              + " (fonts without a ToUnicode map); OCR needed", 100 * (1 - letterShare)));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // The cover is read only when the title needs it; the clues remember whether it was.
    TitleClues.Recorded cover = new TitleClues.Recorded(() -> TitleClues.cover(file, format));
    String chosen = TitleChooser.choose(title, cover, firstHeading, text,
        file.getFileName().toString());
    return new Extraction.Extracted(new ExtractedDocument(file, baseType, format, size,
        ContentHash.sha256(file), chosen,
        MetadataDates.plausible(created, today),
        MetadataDates.plausible(modified, today),
        languages.guess(text), kept, paged, cut),
        Optional.of(cover.clues(title, firstHeading)));
  }

  /** The pages cut so that their text joined by blank lines has at most {@code max} chars. */
  static List<String> cut(List<String> pages, int max) {
    List<String> kept = new ArrayList<>();
    int used = 0;
    for (String page : pages) {
      int room = max - used - (kept.isEmpty() ? 0 : 2);
      if (room <= 0) {
        break;
      }
      kept.add(page.length() <= room ? page : page.substring(0, cutPoint(page, room)));
      used += (kept.size() == 1 ? 0 : 2) + kept.getLast().length();
    }
    return kept.isEmpty() ? List.of("") : kept;
  }

  /** {@code room}, or one less so a surrogate pair is not split. */
  private static int cutPoint(String text, int room) {
    return Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
  }

  /** Nothing to release today: parsers are stateless. Kept so callers scope the extractor. */
  @Override
  public void close() {
    // The AutoDetectParser holds no files or threads; temporary files live per call.
  }
}
