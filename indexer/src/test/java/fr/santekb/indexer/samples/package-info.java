/**
 * Writes a {@link fr.santekb.indexer.samples.SampleDocument} as a real file in every format santekb
 * indexes, for the test fixtures (in the indexer's test jar, also used by the search API's tests and
 * by the {@code corpus} module's demo generator): never in the product jar. One small writer per format family, chosen by
 * an explicit switch in {@link fr.santekb.indexer.samples.SampleWriters}.
 *
 * <p>Depends only on the JDK and the libraries Tika brings (PDFBox, POI); never on the rest of the
 * indexer. Output is deterministic where the library allows it: metadata and zip entry dates come
 * from {@code SampleDocument.created()}, never from the clock.
 */
package fr.santekb.indexer.samples;
