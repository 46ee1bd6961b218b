package fr.santekb.indexer.config;

import java.time.Duration;

/**
 * Limits and switches for text extraction, from the {@code extraction} section of santekb.yaml.
 *
 * @param maxCharsPerDocument characters kept per document after cleaning; beyond, the text is cut and
 *     the document is reported TRUNCATED (default: a 300-page contract fits with room to spare)
 * @param writeLimit characters Tika may write per document before it stops (protects memory)
 * @param maxFileBytes files larger than this are not parsed (reported UNSUPPORTED)
 * @param maxCompressionRatio zip-bomb guard: largest allowed ratio of extracted to compressed bytes
 * @param maxPackageDepth zip-bomb guard: deepest allowed nesting of embedded documents
 * @param ocr whether image-only pages are sent to tesseract (off by default: slow, and needs
 *     tesseract-ocr-fra on the machine)
 * @param ocrLanguage tesseract language when OCR is on
 * @param parseTimeout longest extraction of one file; past it the file is abandoned and reported
 *     TIMEOUT ({@link Duration#ZERO}: no time limit). Default 60 s, 1 h with OCR (a scanned
 *     22-page contract took 3 minutes)
 * @param maxParseAllocation bytes the extraction of one file may allocate on the Java heap
 *     (garbage included, so an upper bound on what it can hold); past it the file is abandoned and
 *     reported TOO_LARGE (0: no allocation limit). Default 4 GiB, 32 GiB with OCR (about 45 MB a
 *     scanned page)
 */
public record ExtractionSettings(
    int maxCharsPerDocument,
    int writeLimit,
    long maxFileBytes,
    double maxCompressionRatio,
    int maxPackageDepth,
    boolean ocr,
    String ocrLanguage,
    Duration parseTimeout,
    long maxParseAllocation) {

  public static final int DEFAULT_MAX_CHARS_PER_DOCUMENT = 5_000_000;
  public static final int DEFAULT_WRITE_LIMIT = 20_000_000;
  public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
  public static final double DEFAULT_MAX_COMPRESSION_RATIO = 100;
  public static final int DEFAULT_MAX_PACKAGE_DEPTH = 10;
  public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_OCR_PARSE_TIMEOUT = Duration.ofHours(1);
  public static final long DEFAULT_MAX_PARSE_ALLOCATION = 4L * 1024 * 1024 * 1024;
  public static final long DEFAULT_OCR_MAX_PARSE_ALLOCATION = 32L * 1024 * 1024 * 1024;

  public static ExtractionSettings defaults() {
    return new ExtractionSettings(DEFAULT_MAX_CHARS_PER_DOCUMENT, DEFAULT_WRITE_LIMIT,
        DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_PACKAGE_DEPTH, false,
        "fra", DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_PARSE_ALLOCATION);
  }

  /** The settings before the parse limits existed, with the default parse limits. */
  public ExtractionSettings(int maxCharsPerDocument, int writeLimit, long maxFileBytes,
      double maxCompressionRatio, int maxPackageDepth, boolean ocr, String ocrLanguage) {
    this(maxCharsPerDocument, writeLimit, maxFileBytes, maxCompressionRatio, maxPackageDepth, ocr,
        ocrLanguage, defaultParseTimeout(ocr), defaultMaxParseAllocation(ocr));
  }

  /** The default time limit per file: OCR takes seconds a page. */
  public static Duration defaultParseTimeout(boolean ocr) {
    return ocr ? DEFAULT_OCR_PARSE_TIMEOUT : DEFAULT_PARSE_TIMEOUT;
  }

  /** The default allocation limit per file: rendering pages for OCR allocates tens of MB each. */
  public static long defaultMaxParseAllocation(boolean ocr) {
    return ocr ? DEFAULT_OCR_MAX_PARSE_ALLOCATION : DEFAULT_MAX_PARSE_ALLOCATION;
  }

  /** These settings with other parse limits (zero turns a limit off). */
  public ExtractionSettings withParseLimits(Duration timeout, long maxAllocation) {
    return new ExtractionSettings(maxCharsPerDocument, writeLimit, maxFileBytes,
        maxCompressionRatio, maxPackageDepth, ocr, ocrLanguage, timeout, maxAllocation);
  }

  public ExtractionSettings {
    ConfigException.require(maxCharsPerDocument > 0, "extraction.maxCharsPerDocument",
        "must be > 0", maxCharsPerDocument);
    ConfigException.require(writeLimit >= maxCharsPerDocument, "extraction.writeLimit",
        "must be >= extraction.maxCharsPerDocument", writeLimit);
    ConfigException.require(maxFileBytes > 0, "extraction.maxFileBytes", "must be > 0",
        maxFileBytes);
    ConfigException.require(maxCompressionRatio >= 1, "extraction.maxCompressionRatio",
        "must be >= 1", maxCompressionRatio);
    ConfigException.require(maxPackageDepth >= 1, "extraction.maxPackageDepth", "must be >= 1",
        maxPackageDepth);
    ConfigException.require(ocrLanguage != null && ocrLanguage.matches("[a-z_+]+"),
        "extraction.ocrLanguage", "must be a tesseract language such as fra", ocrLanguage);
    ConfigException.require(parseTimeout != null && !parseTimeout.isNegative(),
        "extraction.parseTimeout", "must be >= 0 seconds (0: no limit)",
        parseTimeout == null ? null : parseTimeout.toMillis() / 1000.0);
    ConfigException.require(maxParseAllocation >= 0, "extraction.maxParseAllocation",
        "must be >= 0 bytes (0: no limit)", maxParseAllocation);
  }
}
