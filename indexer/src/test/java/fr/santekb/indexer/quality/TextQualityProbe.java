package fr.santekb.indexer.quality;

import fr.santekb.indexer.cleaning.TextCleaner;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.schema.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * Not a test: what the text quality costs. Loads the word lists once (time, heap), then over the
 * texts stored in an index ({@code -Dbench.index=DIR}), alternately cleans them and measures their
 * quality, {@code -Dbench.rounds} times each, and prints both times and their ratio.
 */
public final class TextQualityProbe {
  private TextQualityProbe() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(System.getProperty("bench.index"));
    int rounds = Integer.getInteger("bench.rounds", 20);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    KnownWords words = KnownWords.load(ConfigLoader.load(ConfigLoader.locate(null)).analysisDir());
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "word lists: %d forms loaded in %d ms, about %.0f MB of heap%n",
        words.size(), loadMs, (heapAfter - heapBefore) / 1e6);

    List<List<String>> docs = new ArrayList<>();
    long chars = 0;
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        String body = stored.document(d).get(Fields.BODY);
        docs.add(List.of(body.split("\n\n")));
        chars += body.length();
      }
    }
    TextCleaner cleaner = TextCleaner.standard();
    TextQuality quality = new TextQuality(words);
    long cleanNanos = 0;
    long qualityNanos = 0;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long a = System.nanoTime();
      for (List<String> pages : docs) {
        sink += cleaner.cleanCounting(pages).repairs().total();
      }
      long b = System.nanoTime();
      for (List<String> pages : docs) {
        sink += quality.measure(pages, true, fr.santekb.indexer.cleaning.Repairs.none())
            .knownWords();
      }
      long c = System.nanoTime();
      if (r >= rounds / 4) { // the first quarter warms up
        cleanNanos += b - a;
        qualityNanos += c - b;
      }
    }
    int counted = rounds - rounds / 4;
    System.out.printf(Locale.ROOT, "%d documents, %.1f million characters; per pass: cleaning %.0f"
        + " ms, quality %.0f ms (%.2f × cleaning) (%d)%n", docs.size(), chars / 1e6,
        cleanNanos / 1e6 / counted, qualityNanos / 1e6 / counted,
        (double) qualityNanos / cleanNanos, sink % 10);
  }
}
