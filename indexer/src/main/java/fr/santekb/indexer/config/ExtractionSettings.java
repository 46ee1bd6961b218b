package fr.santekb.indexer.config;

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
 */
public record ExtractionSettings(
    int maxCharsPerDocument,
    int writeLimit,
    long maxFileBytes,
    double maxCompressionRatio,
    int maxPackageDepth,
    boolean ocr,
    String ocrLanguage) {

  public static final int DEFAULT_MAX_CHARS_PER_DOCUMENT = 5_000_000;
  public static final int DEFAULT_WRITE_LIMIT = 20_000_000;
  public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
  public static final double DEFAULT_MAX_COMPRESSION_RATIO = 100;
  public static final int DEFAULT_MAX_PACKAGE_DEPTH = 10;

  public static ExtractionSettings defaults() {
    return new ExtractionSettings(DEFAULT_MAX_CHARS_PER_DOCUMENT, DEFAULT_WRITE_LIMIT,
        DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_PACKAGE_DEPTH, false,
        "fra");
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
  }
}
