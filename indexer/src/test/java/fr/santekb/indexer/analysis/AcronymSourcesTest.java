package fr.santekb.indexer.analysis;

import static fr.santekb.indexer.analysis.TokenLister.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every sense in acronyms.tsv comes from the shared glossaries, up to plural and punctuation, or,
 * for a région written in capitals ("PACA"), from the reference geography of {@code config/}.
 */
class AcronymSourcesTest {
  static final Path GLOSSARY_DIR = Path.of(System.getProperty("santekb.root", "."))
      .resolve("../shared/reference/glossary").normalize();

  @Test
  void everySenseIsListedForItsAcronymInAGlossary() throws IOException {
    assumeTrue(Files.isDirectory(GLOSSARY_DIR), "shared glossaries absent: " + GLOSSARY_DIR);
    FrenchAnalysis analysis = FrenchAnalysis.load(FrenchAnalysisTest.ANALYSIS_DIR);
    Map<String, Set<List<String>>> glossary = glossarySenses(analysis);

    List<String> unsourced = new ArrayList<>();
    analysis.acronyms().forEach((acronym, senses) -> {
      for (String sense : senses) {
        List<String> stems = tokens(analysis.text(), "body", sense);
        if (!glossary.getOrDefault(acronym, Set.of()).contains(stems)) {
          unsourced.add(acronym + " = " + sense);
        }
      }
    });
    assertThat(unsourced).isEmpty();
    // The glossary gives ARS a second, non-health sense: acronyms.tsv must keep it.
    assertThat(glossary.get("ARS"))
        .contains(tokens(analysis.text(), "body", "allocation de rentrée scolaire"));
  }

  /** Acronym to the stemmed token lists of every expansion any glossary column gives it. */
  private static Map<String, Set<List<String>>> glossarySenses(FrenchAnalysis analysis)
      throws IOException {
    Map<String, Set<List<String>>> senses = new HashMap<>();
    for (String file : List.of("sigles-sante-cibles.tsv", "sigles-service-public.tsv",
        "sigles-extraits-du-corpus.tsv")) {
      List<String> lines = Files.readAllLines(GLOSSARY_DIR.resolve(file), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t");
        Set<List<String>> set = senses.computeIfAbsent(cols[0].toUpperCase(Locale.ROOT),
            k -> new HashSet<>());
        for (int i = 1; i < cols.length; i++) {
          // Columns hold "expansion", "expansion [source]" or "a (12) | b (3)".
          for (String part : cols[i].split("\\|")) {
            String text = part.replaceAll("\\[.*?]|\\(\\d+\\)|[«»]", " ").strip();
            set.add(tokens(analysis.text(), "body", text));
          }
        }
      }
    }
    // Région aliases in capitals stand for the région's official name (region_aliases.tsv).
    Path geography = FrenchAnalysisTest.ANALYSIS_DIR.resolveSibling("geography");
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readAllLines(geography.resolve("regions.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length > 1 && !line.startsWith("#")) {
        names.put(cols[0], cols[1]);
      }
    }
    for (String line : Files.readAllLines(geography.resolve("region_aliases.tsv"),
        StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length == 2 && !line.startsWith("#") && cols[1].matches("[A-Z]{2,}")
          && names.containsKey(cols[0])) {
        senses.computeIfAbsent(cols[1], k -> new HashSet<>())
            .add(tokens(analysis.text(), "body", names.get(cols[0])));
      }
    }
    return senses;
  }
}
