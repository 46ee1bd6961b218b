package fr.santekb.corpus.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.corpus.DemoCorpusGenerator;
import fr.santekb.corpus.DemoEntry;
import fr.santekb.indexer.samples.SampleDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real French sentences to recombine into scale documents: from the {@code text} of the records of
 * {@code *.jsonl} files (read in file-name order) when a folder of them is given, else from the
 * paragraphs of the demo templates. Only sentences of plain prose are kept: 40 to 300 characters,
 * an upper-case start, a final full stop, and only characters Windows-1252 can encode (so every
 * sample format, the Windows-1252 text file included, can carry them).
 */
public final class SentencePool {
  static final int MIN_CHARS = 40;
  static final int MAX_CHARS = 300;
  /** Sentences kept at most: enough variety, bounded memory. */
  static final int MAX_SENTENCES = 200_000;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private final List<String> sentences;
  private final String origin;

  private SentencePool(List<String> sentences, String origin) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no usable sentence in " + origin);
    }
    this.sentences = List.copyOf(sentences);
    this.origin = origin;
  }

  /** Sentences of the {@code *.jsonl} files of {@code folder} if it holds any, else of the demo. */
  public static SentencePool load(Path folder) {
    List<Path> files = List.of();
    if (folder != null && Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    return files.isEmpty() ? fromDemo() : fromJsonl(files);
  }

  static SentencePool fromDemo() {
    Set<String> kept = new LinkedHashSet<>();
    for (DemoEntry entry : DemoCorpusGenerator.entries()) {
      for (SampleDocument.Page page : entry.document().pages()) {
        page.paragraphs().forEach(p -> addSentences(p, kept));
      }
    }
    return new SentencePool(new ArrayList<>(kept), "the demo templates");
  }

  static SentencePool fromJsonl(List<Path> files) {
    ObjectMapper json = new ObjectMapper();
    Set<String> kept = new LinkedHashSet<>();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null && kept.size() < MAX_SENTENCES;
            line = in.readLine()) {
          JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
          if (text != null && text.isTextual()) {
            addSentences(text.asText(), kept);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentences from " + file, e);
      }
    }
    return new SentencePool(new ArrayList<>(kept), files.toString());
  }

  private static void addSentences(String text, Set<String> kept) {
    CharsetEncoder encoder = WINDOWS_1252.newEncoder();
    for (String raw : SENTENCE_END.split(text)) {
      String s = raw.strip().replaceAll("\\s+", " ");
      if (s.length() >= MIN_CHARS && s.length() <= MAX_CHARS
          && Character.isUpperCase(s.charAt(0)) && s.endsWith(".") && encoder.canEncode(s)
          && kept.size() < MAX_SENTENCES) {
        kept.add(s);
      }
    }
  }

  /** A sentence drawn uniformly. */
  public String next(SplittableRandom random) {
    return sentences.get(random.nextInt(sentences.size()));
  }

  public int size() {
    return sentences.size();
  }

  /** Where the sentences came from, for the command's summary. */
  public String origin() {
    return origin;
  }
}
