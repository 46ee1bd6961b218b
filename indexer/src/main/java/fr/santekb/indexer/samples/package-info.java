/**
 * Writers that produce documents in every supported format from a simple page model, for the demo corpus and the test fixtures. Depends only on the document libraries (POI, PDFBox).
 */
package fr.santekb.indexer.samples;
