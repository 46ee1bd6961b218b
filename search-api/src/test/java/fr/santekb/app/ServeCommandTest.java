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
  void serveOnAFolderWithoutAnIndexFailsWithAMessageNotAServer() {
    int code = CommandLines.create(new ServeCommand()).execute("--index", tmp.toString(),
        "--port", "0");
    assertThat(code).isEqualTo(ExitCodes.SOFTWARE);
  }

  @Test
  void theRootCommandListsServe() {
    assertThat(CommandLines.create(new Santekb()).getSubcommands()).containsKeys("serve", "demo",
        "index");
  }
}
