package fr.santekb.corpus.scale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.corpus.SidecarJson;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleWriters;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes scale documents: as files (one sub-folder per thousand documents, a {@code .meta.json}
 * beside those that have curated metadata), or as JSONL records for {@code santekb index --jsonl},
 * streamed one line at a time. The output depends only on the seed and the count.
 */
public final class ScaleCorpusWriter {
  /** Documents per sub-folder of a file corpus. */
  public static final int FILES_PER_FOLDER = 1_000;
  /** Separates pages in a record's text, as pdftotext writes them. */
  public static final String PAGE_BREAK = "\f";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ScaleDocuments documents;

  public ScaleCorpusWriter(ScaleDocuments documents) {
    this.documents = documents;
  }

  /** The path of document {@code i} under the output folder. */
  public static String relativePath(long i, ScaleDocument document) {
    return String.format(Locale.ROOT, "%04d/%s", i / FILES_PER_FOLDER, document.fileName());
  }

  /** Writes documents 0 to {@code count - 1} under {@code outDir} on {@code threads} threads. */
  public long writeFiles(Path outDir, long count, int threads) throws IOException {
    AtomicLong next = new AtomicLong();
    AtomicLong written = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            ScaleDocument document = documents.document(i);
            Path target = outDir.resolve(relativePath(i, document));
            SampleWriters.write(document.content(), document.format(), target);
            written.incrementAndGet();
            if (document.sidecar().isPresent()) {
              SidecarJson.write(document.sidecar().get(),
                  target.resolveSibling(target.getFileName() + Sidecar.SUFFIX));
              written.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<Void> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing " + outDir, e);
    } catch (ExecutionException e) {
      throw new IOException("cannot write the corpus to " + outDir + ": " + e.getCause(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return written.get();
  }

  /**
   * Writes documents 0 to {@code count - 1} as JSONL records: id, title, text (pages separated by
   * {@link #PAGE_BREAK}), format, created, year, language and, when it has one, meta (the
   * sidecar).
   */
  public void writeJsonl(OutputStream out, long count) throws IOException {
    JsonFactory factory = JSON.getFactory();
    try (JsonGenerator json = factory.createGenerator(new BufferedOutputStream(out, 1 << 16),
        JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (long i = 0; i < count; i++) {
        ScaleDocument d = documents.document(i);
        json.writeStartObject();
        json.writeStringField("id", d.id());
        json.writeStringField("title", d.content().title());
        json.writeStringField("text", String.join(PAGE_BREAK, d.pageTexts()));
        json.writeStringField("format", d.format().extension());
        json.writeStringField("created", d.content().created().toString());
        json.writeNumberField("year", d.year());
        json.writeStringField("language", "fr");
        if (d.sidecar().isPresent()) {
          json.writeFieldName("meta");
          json.writeRawValue(JSON.readTree(SidecarJson.toJson(d.sidecar().get())).toString());
        }
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
  }

  /** {@link #writeJsonl(OutputStream, long)} into {@code file}, replacing it. */
  public void writeJsonl(Path file, long count) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      writeJsonl(out, count);
    }
  }
}
