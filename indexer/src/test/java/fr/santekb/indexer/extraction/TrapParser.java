package fr.santekb.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.TXTParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A test parser for plain text that misbehaves by file name, else parses like Tika's own: {@code
 * *.hang.txt} never returns (it swallows interrupts), {@code *.hog.txt} allocates without end
 * (keeping up to 256 MB), {@code *.changes.txt} appends to its file before each parse and {@code
 * *.changes-once.txt} only before the first. The traps ignore interruption; {@link #release()}
 * lets them end when a test is over, so they do not burn the build's CPU afterwards.
 */
public final class TrapParser implements Parser {
  private static final long serialVersionUID = 1L;
  private static final int KEPT_MEGABYTES = 256;
  private static volatile boolean released;
  private static final Set<Path> changedOnce = ConcurrentHashMap.newKeySet();
  private final Parser text = new TXTParser();

  /** Arms the traps (they run until {@link #release()}). */
  public static void arm() {
    released = false;
  }

  /** Lets hanging and hogging parses return, so their threads end. */
  public static void release() {
    released = true;
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(MediaType.TEXT_PLAIN);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
    if (name.endsWith(".hang.txt")) {
      hang();
    } else if (name.endsWith(".hog.txt")) {
      hog();
    } else if (name.endsWith(".changes.txt")) {
      append(TikaInputStream.get(stream).getPath());
    } else if (name.endsWith(".changes-once.txt")) {
      Path file = TikaInputStream.get(stream).getPath();
      if (changedOnce.add(file.toAbsolutePath())) {
        append(file);
      }
    }
    text.parse(stream, handler, metadata, context);
  }

  private static void hang() {
    while (!released) {
      pause(50);
    }
  }

  private static void hog() {
    List<byte[]> kept = new ArrayList<>();
    long allocated = 0;
    while (!released) {
      byte[] block = new byte[1 << 20];
      block[block.length - 1] = 1;
      allocated++;
      if (kept.size() < KEPT_MEGABYTES) {
        kept.add(block);
      } else {
        kept.set((int) (allocated % KEPT_MEGABYTES), block);
        pause(1);
      }
    }
  }

  /** Sleeps, swallowing interrupts as a badly behaved parser would. */
  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ignored) {
      // A parser that ignores interruption: the guard must not depend on it.
    }
  }

  private static void append(Path file) throws IOException {
    Files.writeString(file, "\nLigne ajoutée pendant la lecture.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }
}
