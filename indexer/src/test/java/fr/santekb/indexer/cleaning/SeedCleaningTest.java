package fr.santekb.indexer.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cleaning on the real seed documents of the shared corpus (skipped when absent). */
public class SeedCleaningTest {
  private final TextCleaner cleaner = TextCleaner.standard();

  public static String seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("santekb.root", ".")).resolve("../shared/corpus/seeds")
        .normalize();
    assumeTrue(Files.isDirectory(dir), "shared seeds not found at " + dir);
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElse(null);
    }
    assumeTrue(file != null, "seed " + prefix + "* not found in " + dir);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void seed002MojibakeIsRepaired() throws IOException {
    String cleaned = cleaner.clean(List.of(seed("002_"))).get(0);
    assertThat(cleaned).containsAnyOf("L’expérience", "L'expérience")
        .contains("élevé", "d’enfants", "l’ARS", "collectivités", "mise en œuvre", "l’accès",
            "régional de santé", "démunies", "création")
        .doesNotContain("õ", "®", "¯", "ïuvre");
  }

  @Test
  void seed001KeepsEachContextParagraphOnceAndEveryUniqueLine() throws IOException {
    String raw = seed("001_");
    String cleaned = cleaner.clean(List.of(raw)).get(0);
    String[] rawLines = raw.split("\n");
    int contexte = Arrays.asList(rawLines).indexOf("Contexte");
    assertThat(contexte).isPositive();
    for (int i = contexte + 1; i <= contexte + 3; i++) {
      String paragraph = rawLines[i].strip();
      assertThat(paragraph.length()).isGreaterThan(200);
      assertThat(occurrences(cleaned, paragraph)).as(paragraph).isEqualTo(1);
    }
    List<String> cleanedLines = Arrays.asList(cleaned.split("\n"));
    for (String line : rawLines) {
      if (!line.isBlank()) {
        assertThat(cleanedLines).as("unique line kept").contains(line.strip());
      }
    }
    assertThat(occurrences(cleaned, "Prendre en compte la santé mentale et psychique")).isEqualTo(1);
    assertThat(occurrences(cleaned, "* Objectifs intermédiaires")).isEqualTo(1);
    assertThat(occurrences(cleaned, "Évaluations inhérentes au CLS")).isEqualTo(1);
    assertThat(cleaned.length()).isLessThan(raw.length() * 3 / 4);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }
}
