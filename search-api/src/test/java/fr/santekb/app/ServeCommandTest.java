package fr.santekb.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.api.SearchSettings;
import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.SantekbConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code santekb serve} refuses bad arguments before opening anything. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void serveWithoutAnIndexFolderIsAUsageError() {
    assertThat(CommandLines.create(new ServeCommand()).execute()).isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new ServeCommand()).execute("--index",
        tmp.resolve("absent").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(CommandLines.create(new ServeCommand()).execute("--index", tmp.toString(),
        "--port", "70000")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void serveOnAFolderWithoutAnIndexIsAUsageErrorNotAServer() {
    int code = CommandLines.create(new ServeCommand()).execute("--index", tmp.toString(),
        "--port", "0");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
  }

  private Path config(String yaml) throws IOException {
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(config.resolve(ConfigLoader.FILE_NAME), yaml, StandardCharsets.UTF_8);
    return config;
  }

  @Test
  void serveSettingsComeFromTheFileAndFlagsOverrideThem() throws IOException {
    Path config = config("""
        index: data/index
        serve:
          host: 0.0.0.0
          port: 8181
          ui: page
          corsOrigins: [https://intranet.example]
          refreshSeconds: 5
        """);
    SantekbConfig cfg = ConfigLoader.load(config);
    ServeCommand fromFile = new ServeCommand();
    CommandLines.create(fromFile).parseArgs("--config", config.toString());
    SearchSettings s = fromFile.settings(cfg, cfg.index().orElseThrow());
    assertThat(s.indexDir()).isEqualTo(tmp.resolve("data/index").toAbsolutePath());
    assertThat(s.host()).isEqualTo("0.0.0.0");
    assertThat(s.port()).isEqualTo(8181);
    assertThat(s.uiDir()).contains(tmp.resolve("page").toAbsolutePath());
    assertThat(s.corsOrigins()).containsExactly("https://intranet.example");
    assertThat(s.refreshEvery()).isEqualTo(Duration.ofSeconds(5));

    ServeCommand withFlags = new ServeCommand();
    CommandLines.create(withFlags).parseArgs("--config", config.toString(), "--port", "9090",
        "--host", "127.0.0.1", "--ui", tmp.resolve("other").toString());
    SearchSettings o = withFlags.settings(cfg, cfg.index().orElseThrow());
    assertThat(o.port()).isEqualTo(9090);
    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.uiDir()).contains(tmp.resolve("other"));
    assertThat(o.corsOrigins()).containsExactly("https://intranet.example");
  }

  @Test
  void theIndexFolderOfTheFileIsServedWithoutIndexFlag() throws IOException {
    Path config = config("index: absent-index\n");
    assertThat(CommandLines.create(new ServeCommand()).execute("--config", config.toString(),
        "--port", "0")).isEqualTo(ExitCodes.USAGE);
    Files.createDirectories(tmp.resolve("absent-index")); // a folder, but no index in it
    assertThat(CommandLines.create(new ServeCommand()).execute("--config", config.toString(),
        "--port", "0")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownServeKeyStopsServeWithItsName() throws IOException {
    Path config = config("serve:\n  prot: 8181\n");
    StringWriter err = new StringWriter();
    CommandLine cl = CommandLines.create(new ServeCommand());
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("--config", config.toString(), "--index", tmp.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("configuration error: serve.prot: unknown key");
  }

  @Test
  void theRootCommandListsEval() {
    assertThat(CommandLines.create(new Santekb()).getSubcommands()).containsKey("eval");
    assertThat(CommandLines.create(new EvalCommand()).execute("--queries",
        tmp.resolve("absent.tsv").toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theRootCommandListsServe() {
    assertThat(CommandLines.create(new Santekb()).getSubcommands()).containsKeys("serve", "demo",
        "index", "config");
  }
}
