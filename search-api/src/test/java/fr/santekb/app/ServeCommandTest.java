package fr.santekb.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.cli.CommandLines;
import fr.santekb.indexer.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theRootCommandListsEval() {
    assertThat(CommandLines.create(new Santekb()).getSubcommands()).containsKey("eval");
    assertThat(CommandLines.create(new EvalCommand()).execute("--queries",
        tmp.resolve("absent.tsv").toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theRootCommandListsServe() {
    assertThat(CommandLines.create(new Santekb()).getSubcommands()).containsKeys("serve", "demo",
        "index");
  }
}
