package fr.santekb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import fr.santekb.indexer.index.IndexingComponents;
import fr.santekb.indexer.index.RecordRunReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Many small records written by the tests as JSONL and indexed by the real record pipeline
 * (cleaning, enrichment, mapping; one thread, so document numbers are the same on every run):
 * enough documents for searches with thousands of matches. Every record speaks of « santé » in
 * one of six communes; one in two of « prévention », one in {@link #RARE_EVERY} of
 * « saturnisme »; years 2015–2024 in turn.
 */
public final class GeneratedRecords {
  /** Records naming the rare word « saturnisme »: one in this many. */
  public static final int RARE_EVERY = 20;
  private static final String[] COMMUNES =
      {"Martigues", "Arles", "Gap", "Avignon", "Nice", "Toulon"};

  private GeneratedRecords() {}

  /** Writes {@code count} records under {@code dir}, indexes them, returns the index folder. */
  public static Path writeAndIndex(Path dir, int count) throws IOException {
    Path jsonl = dir.resolve("records.jsonl");
    write(jsonl, count);
    SantekbConfig config = ConfigLoader.load(MiniCorpus.configDir());
    Path index = dir.resolve("index");
    RecordRunReport report;
    try (IndexingComponents components = new IndexingComponents(config)) {
      report = components.recordRunner(1).run(jsonl, index, done -> { });
    }
    assertEquals(count, report.searchable(), "every record indexed");
    return index;
  }

  private static void write(Path jsonl, int count) throws IOException {
    Random random = new Random(7);
    try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String commune = COMMUNES[random.nextInt(COMMUNES.length)];
        StringBuilder text = new StringBuilder("Action de santé publique à ").append(commune)
            .append(". ");
        if (i % 2 == 0) {
          text.append("Prévention et accompagnement des familles. ");
        }
        if (i % RARE_EVERY == 0) {
          text.append("Repérage du saturnisme dans les logements anciens. ");
        }
        text.append("Les partenaires se réunissent chaque trimestre.");
        w.write(String.format(Locale.ROOT,
            "{\"id\":\"r%05d\",\"title\":\"Fiche %d à %s\",\"text\":\"%s\",\"year\":%d}%n",
            i, i, commune, text, 2015 + i % 10));
      }
    }
  }
}
