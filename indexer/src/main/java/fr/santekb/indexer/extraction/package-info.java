/**
 * Extraction: turns one file into an {@link fr.santekb.indexer.extraction.ExtractedDocument} (text
 * per page, title, dates, language, hash) or a classified
 * {@link fr.santekb.indexer.extraction.Extraction.Rejected}, and reads the optional
 * {@code <file>.meta.json} sidecar.
 *
 * <p>{@link fr.santekb.indexer.extraction.TikaExtractor} is the only class that talks to Tika; the
 * other classes are small pure steps it calls (page collection, format ids, title, dates,
 * language, failure messages), and {@link fr.santekb.indexer.extraction.ParseGuard}, which runs
 * each extraction on a watched thread bounded in time and allocated memory. PDFs are read by
 * poppler's {@code pdftotext} where it is installed ({@link
 * fr.santekb.indexer.extraction.PdfTextChoice}, {@link fr.santekb.indexer.extraction.PdfLayoutText}),
 * by PDFBox through Tika otherwise. Depends on Tika, the language detector, Jackson (sidecars) and
 * {@code fr.santekb.indexer.config}; nothing in the indexer depends on Tika except through this
 * package.
 */
package fr.santekb.indexer.extraction;
