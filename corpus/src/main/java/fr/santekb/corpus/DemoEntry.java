package fr.santekb.corpus;

import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import java.util.Optional;

/**
 * One document of the demo corpus, ready to write: its file name (extension included), format,
 * content and, for some documents, the curated metadata written next to it.
 */
public record DemoEntry(String fileName, SampleFormat format, SampleDocument document,
    Optional<Sidecar> sidecar) {

  public DemoEntry {
    if (!fileName.endsWith("." + format.extension())) {
      throw new IllegalArgumentException(fileName + ": name must end with ." + format.extension());
    }
  }
}
