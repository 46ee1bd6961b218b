package fr.santekb.indexer.index;

import fr.santekb.indexer.extraction.InvalidRecordException;
import fr.santekb.indexer.extraction.JsonlRecord;
import fr.santekb.indexer.extraction.JsonlRecordParser;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.quality.QualityLevel;
import fr.santekb.indexer.schema.DocumentIds;
import fr.santekb.indexer.schema.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexes a JSONL file of records (text extracted elsewhere) into a new index, without Tika: each
 * record goes through the pipeline's steps after extraction ({@link DocumentPipeline#process(
 * RecordInput)}). Streamed: this thread reads lines into a small bounded queue, worker threads
 * parse, enrich, map and write them, so memory does not grow with the file. The index is
 * rebuilt (not updated) and committed once at the end; record ids must be unique in the file.
 * Records are not folded as copies of one another (each is its own copy group).
 */
public final class RecordIndexRunner {
  /** Refused or warned records kept in the report; the counts cover all of them. */
  public static final int ATTENTION_CAP = 1_000;
  /** The progress callback is told every this many records. */
  public static final int PROGRESS_EVERY = 10_000;
  /** Tells a worker the file is read: compared by identity. */
  private static final Line END = new Line(-1, "");
  private final Schema schema;
  private final DocumentPipeline pipeline;
  private final JsonlRecordParser parser;
  private final int threads;

  public RecordIndexRunner(Schema schema, DocumentPipeline pipeline, JsonlRecordParser parser,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 (got " + threads + ")");
    }
    this.schema = schema;
    this.pipeline = pipeline;
    this.parser = parser;
    this.threads = threads;
  }

  /** Indexes every record of {@code jsonl} into {@code indexDir}, replacing what it held. */
  public RecordRunReport run(Path jsonl, Path indexDir, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    Path source = jsonl.toAbsolutePath().normalize();
    long modified = Files.getLastModifiedTime(source).toMillis();
    Files.createDirectories(indexDir);
    Counters counters = new Counters();
    int docs;
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.indexAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128))) {
      BlockingQueue<Line> queue = new ArrayBlockingQueue<>(threads * 64);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> work(queue, source, modified, writer, counters,
              progress)));
        }
        read(source, queue, futures);
        for (int t = 0; t < threads; t++) {
          offer(queue, END, futures);
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        writer.rollback();
        throw new IOException("indexing interrupted; nothing was committed", e);
      } catch (ExecutionException e) {
        writer.rollback();
        throw new IOException("indexing failed; nothing was committed: " + e.getCause(),
            e.getCause());
      } finally {
        pool.shutdownNow();
      }
      writer.commit();
      docs = writer.getDocStats().numDocs;
    }
    return new RecordRunReport(indexDir.toAbsolutePath().normalize().toString(),
        source.toString(), counters.counts(), counters.records.get(), counters.chars.sum(),
        new ArrayList<>(counters.attention), counters.worst.lowest(), counters.levels(), docs,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** One line to index and where it was. */
  private record Line(long number, String text) {}

  private static void read(Path source, BlockingQueue<Line> queue, Iterable<Future<?>> workers)
      throws IOException, InterruptedException, ExecutionException {
    // On failure the caller shuts the pool down, which interrupts the workers.
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        offer(queue, new Line(number, text), workers);
      }
    }
  }

  /** Queues {@code line}; while the queue is full, checks that no worker died. */
  private static void offer(BlockingQueue<Line> queue, Line line, Iterable<Future<?>> workers)
      throws InterruptedException, ExecutionException {
    while (!queue.offer(line, 1, TimeUnit.SECONDS)) {
      for (Future<?> f : workers) {
        if (f.isDone()) {
          f.get(); // a worker died (the index failed): stop reading, report why
        }
      }
    }
  }

  private Void work(BlockingQueue<Line> queue, Path source, long modified, IndexWriter writer,
      Counters counters, LongConsumer progress) throws InterruptedException {
    for (Line line = queue.take(); line != END; line = queue.take()) {
      String origin = source.getFileName() + ":" + line.number();
      FileReport report = indexOne(line, origin, source, modified, writer, counters);
      long done = counters.add(report);
      if (done % PROGRESS_EVERY == 0) {
        progress.accept(done);
      }
    }
    return null;
  }

  private FileReport indexOne(Line line, String origin, Path source, long modified,
      IndexWriter writer, Counters counters) {
    long t0 = System.nanoTime();
    JsonlRecord record;
    try {
      record = parser.parse(line.text(), origin);
    } catch (InvalidRecordException e) {
      return new FileReport(source.toString(), "line " + line.number(), "", Outcome.FAILED, "",
          e.getMessage(), elapsed(t0), TextOrigin.NONE);
    }
    String id = DocumentIds.of(source + "\u0000" + record.recordId());
    DocumentPipeline.Result result = pipeline.process(new RecordInput(id, source,
        record.recordId(), modified, record.document(), record.sidecar()));
    if (result.document().isPresent()) {
      try {
        writer.addDocument(result.document().get());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write record " + record.recordId()
            + " to the index", e);
      }
      counters.chars.add(record.document().text().length());
    }
    return new FileReport(source.toString(), record.recordId(), id, result.outcome(),
        result.format(), result.message(), elapsed(t0), TextOrigin.NONE,
        result.quality().map(QualityNote::of).orElse(null));
  }

  private static long elapsed(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Counts shared by the workers; keeps the first records that need attention. */
  private static final class Counters {
    final Map<Outcome, LongAdder> byOutcome = new EnumMap<>(Outcome.class);
    final AtomicLong records = new AtomicLong();
    final LongAdder chars = new LongAdder();
    final ConcurrentLinkedQueue<FileReport> attention = new ConcurrentLinkedQueue<>();
    final AtomicInteger attentionSize = new AtomicInteger();
    final WorstQuality worst = new WorstQuality(RunReport.WORST_SHOWN);
    final Map<String, LongAdder> byLevel = new ConcurrentHashMap<>();

    Counters() {
      for (Outcome o : Outcome.values()) {
        byOutcome.put(o, new LongAdder());
      }
    }

    /** Counts {@code report}; returns the number of records counted so far. */
    long add(FileReport report) {
      byOutcome.get(report.outcome()).increment();
      long done = records.incrementAndGet();
      boolean needsAttention = !report.outcome().isSearchable() || !report.message().isEmpty();
      if (needsAttention && attentionSize.incrementAndGet() <= ATTENTION_CAP) {
        attention.add(report);
      }
      if (report.quality() != null) {
        worst.offer(report);
        byLevel.computeIfAbsent(report.quality().level(), k -> new LongAdder()).increment();
      }
      return done;
    }

    /** Records per quality level, every level present. */
    Map<String, Long> levels() {
      Map<String, Long> out = new LinkedHashMap<>();
      QualityLevel.ids().forEach(id -> out.put(id, byLevel.containsKey(id) ? byLevel.get(id).sum()
          : 0L));
      return out;
    }

    Map<Outcome, Long> counts() {
      Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
      byOutcome.forEach((o, n) -> counts.put(o, n.sum()));
      return counts;
    }
  }
}
