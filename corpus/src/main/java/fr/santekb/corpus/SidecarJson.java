package fr.santekb.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import fr.santekb.indexer.extraction.Sidecar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Sidecar} as the {@code <file>.meta.json} JSON the indexer reads: only the present
 * keys, in a fixed order, with {@code \n} line ends, so the output is byte-identical on every machine.
 * A single dispositif is written as a string, several as a list (both forms are accepted).
 */
public final class SidecarJson {
  private static final ObjectWriter WRITER = new ObjectMapper().writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private SidecarJson() {}

  /** The sidecar as the indented JSON text of a {@code .meta.json} file. */
  public static String toJson(Sidecar sidecar) {
    Map<String, Object> json = new LinkedHashMap<>();
    sidecar.title().ifPresent(v -> json.put("title", v));
    sidecar.type().ifPresent(v -> json.put("type", v));
    List<String> dispositifs = sidecar.dispositifs();
    if (dispositifs.size() == 1) {
      json.put("dispositif", dispositifs.getFirst());
    } else if (!dispositifs.isEmpty()) {
      json.put("dispositif", dispositifs);
    }
    if (!sidecar.territories().isEmpty()) {
      json.put("territory", sidecar.territories());
    }
    sidecar.year().ifPresent(v -> json.put("year", v));
    if (!sidecar.partners().isEmpty()) {
      json.put("partners", sidecar.partners());
    }
    sidecar.sourceUrl().ifPresent(v -> json.put("sourceUrl", v));
    try {
      return WRITER.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise sidecar " + sidecar, e);
    }
  }

  /** Writes {@link #toJson} to {@code target}, replacing it. */
  public static void write(Sidecar sidecar, Path target) throws IOException {
    Files.writeString(target, toJson(sidecar), StandardCharsets.UTF_8);
  }
}
