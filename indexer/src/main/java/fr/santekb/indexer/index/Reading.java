package fr.santekb.indexer.index;

import fr.santekb.indexer.enrichment.Enrichment;
import fr.santekb.indexer.extraction.ExtractedDocument;
import fr.santekb.indexer.extraction.Extraction;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.quality.Quality;
import java.util.List;

/** What the pipeline made of one file before it is mapped to the index: refused, or read. */
public sealed interface Reading {

  /** Extraction refused the file (empty, encrypted, unsupported, failed). */
  record Refused(Extraction.Rejected rejection) implements Reading {}

  /**
   * The file read and understood.
   *
   * @param extracted the text and metadata as extracted, before cleaning
   * @param cleaned after cleaning, with the sidecar's title when it gives one
   * @param sidecar the curated metadata beside the file, {@link Sidecar#none()} when absent or
   *     invalid
   * @param enrichment the facet values, year and action record of the cleaned text
   * @param quality how well the cleaned text reads
   * @param warnings what went wrong without stopping the file (an invalid sidecar, a cut text)
   */
  record Read(ExtractedDocument extracted, ExtractedDocument cleaned, Sidecar sidecar,
      Enrichment enrichment, Quality quality, List<String> warnings) implements Reading {
    public Read {
      warnings = List.copyOf(warnings);
    }
  }
}
