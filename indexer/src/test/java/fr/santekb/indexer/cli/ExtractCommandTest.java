package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code santekb extract} runs the indexer's pipeline: same cleaning, sidecar and enrichment. */
class ExtractCommandTest {
  @TempDir Path dir;

  private JsonNode extract(String... args) throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      assertThat(CommandLines.create(new ExtractCommand()).execute(args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anInvalidSidecarIsAWarningAsWhenIndexing() throws IOException {
    Path file = Files.writeString(dir.resolve("fiche.txt"),
        "Fiche action santé mentale à Martigues\n\nRepérer la souffrance psychique.",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("fiche.txt.meta.json"), "{ pas du json",
        StandardCharsets.UTF_8);
    JsonNode out = extract(file.toString());
    assertThat(out.get("outcome").asText()).isEqualTo("INDEXED");
    assertThat(out.get("warnings").get(0).asText()).startsWith("sidecar ignored");
    assertThat(out.get("enrichment").get("facets").get("COMMUNE").get(0).asText())
        .isEqualTo("13056");
  }

  @Test
  void rawShowsTheUncleanedTextButTheEntitiesOfTheCleanedOne() throws IOException {
    Path file = Files.writeString(dir.resolve("note.txt"),
        "La pr\u00e9ven-\ntion du suicide \u00e0 Martigues.", StandardCharsets.UTF_8);
    JsonNode raw = extract("--raw", file.toString());
    JsonNode cleaned = extract(file.toString());
    assertThat(raw.get("text").asText()).contains("préven-\ntion");
    assertThat(cleaned.get("text").asText()).contains("prévention");
    assertThat(raw.get("enrichment")).isEqualTo(cleaned.get("enrichment"));
    // The quality of the cleaned text, with the cut word joined counted as a repair.
    assertThat(cleaned.get("quality").get("repairs").get("counts").get("HYPHENATION").asInt())
        .isEqualTo(1);
    assertThat(cleaned.get("qualityLevel").asText()).isEqualTo("bonne");
    assertThat(raw.get("quality")).isEqualTo(cleaned.get("quality"));
  }
}
