package fr.santekb.corpus.scale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.corpus.GenerateCorpusCommand;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scale options of the real {@code generate-corpus} command. */
class GenerateCorpusCommandScaleTest {
  @TempDir Path tmp;

  private int run(String... args) {
    return CommandLines.create(new GenerateCorpusCommand()).execute(args);
  }

  @Test
  void countAndJsonlWriteThatManyRecords() throws Exception {
    Path jsonl = tmp.resolve("r.jsonl");
    assertThat(run("--count", "25", "--seed", "9", "--jsonl", jsonl.toString(), "--config",
        "../config", "--sentences", tmp.resolve("none").toString())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(25)
        .allSatisfy(l -> assertThat(l).startsWith("{\"id\":").endsWith("}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--count 0 --jsonl X", "--count -3 --out X", "--count abc --out X",
      "--jsonl X", "--seed 4", "--count 5", "--count 5 --out X --jsonl X",
      "--count 5 --out X --threads 0", "--count 5 --out X --colour"})
  void badFlagsAreUsageErrorsAndWriteNothing(String flags) {
    String[] args = flags.replace("X", tmp.resolve("x").toString()).split(" ");
    assertThat(run(args)).isEqualTo(ExitCodes.USAGE);
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
