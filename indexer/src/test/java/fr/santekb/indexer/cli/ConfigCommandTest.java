package fr.santekb.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code santekb config check}: the effective settings on stdout, exit 2 with the bad key. */
class ConfigCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int check(String yaml) throws IOException {
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.createDirectories(tmp.resolve("ui"));
    Files.writeString(config.resolve("santekb.yaml"), yaml, StandardCharsets.UTF_8);
    CommandLine cl = CommandLines.create(new ConfigCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute("check", "--config", config.toString());
  }

  @Test
  void printsTheEffectiveSettingsFileValuesOverDefaults() throws IOException {
    Files.createDirectories(tmp.resolve("docs"));
    int code = check("index: data/index\nsources: [docs]\nserve:\n  port: 8181\n");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("index: " + tmp.resolve("data/index").toAbsolutePath())
        .contains("sources: [" + tmp.resolve("docs").toAbsolutePath() + "]")
        .contains("serve.port: 8181\n")
        .contains("serve.host: 127.0.0.1\n")
        .contains("serve.ui: " + tmp.resolve("ui").toAbsolutePath())
        .contains("serve.requestLog: text\n")
        .contains("extraction.maxCharsPerDocument: 5000000\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anUnknownKeyExitsTwoWithItsName() throws IOException {
    int code = check("serve:\n  prot: 8181\n");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("serve.prot: unknown key");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aBadValueOrAMissingSourceFolderExitsTwo() throws IOException {
    assertThat(check("serve:\n  port: -1\n")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("serve.port: must be between 0 and 65535 (got -1)");
    assertThat(check("sources: [absent]\n")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("sources: not a folder: "
        + tmp.resolve("absent").toAbsolutePath());
  }

  @Test
  void theProjectConfigChecksClean() {
    CommandLine cl = CommandLines.create(new ConfigCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("check")).as(err.toString()).isEqualTo(ExitCodes.OK);
  }
}
