package fr.santekb.indexer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private SantekbConfig load(String yaml) throws IOException {
    Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), yaml, StandardCharsets.UTF_8);
    return ConfigLoader.load(dir);
  }

  @Test
  void theProjectConfigLoadsWithItsDocumentedDefaults() {
    SantekbConfig cfg = ConfigLoader.load(ConfigLoader.locate(null));
    assertThat(cfg.extraction()).isEqualTo(ExtractionSettings.defaults());
    assertThat(cfg.serve()).isEqualTo(ServeSettings.defaults());
    assertThat(cfg.index()).isEmpty();
    assertThat(cfg.sources()).isEmpty();
  }

  @Test
  void serveSettingsAndPathsComeFromTheFileRelativeToTheSantekbFolder() throws IOException {
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.writeString(config.resolve(ConfigLoader.FILE_NAME), """
        index: data/index
        sources: [docs, /srv/plans]
        serve:
          host: 0.0.0.0
          port: 8080
          ui: page
          corsOrigins: [https://intranet.example, http://localhost:3000]
          refreshSeconds: 0.5
          requestLog: json
        """, StandardCharsets.UTF_8);
    SantekbConfig cfg = ConfigLoader.load(config);
    assertThat(cfg.index()).contains(dir.resolve("data/index").toAbsolutePath());
    assertThat(cfg.sources()).containsExactly(dir.resolve("docs").toAbsolutePath(),
        Path.of("/srv/plans"));
    assertThat(cfg.serve()).isEqualTo(new ServeSettings("0.0.0.0", 8080,
        Optional.of(dir.resolve("page").toAbsolutePath()),
        List.of("https://intranet.example", "http://localhost:3000"), Duration.ofMillis(500),
        ServeSettings.RequestLogFormat.JSON));
    assertThat(cfg.uiDir()).isEqualTo(dir.resolve("page").toAbsolutePath());
  }

  /** YAML text → start of the error message: the full key first. */
  private static final String[][] BAD_SERVE_VALUES = {
      {"serve:\n  prot: 80\n", "serve.prot: unknown key"},
      {"serve:\n  port: 70000\n", "serve.port: must be between 0 and 65535 (got 70000)"},
      {"serve:\n  corsOrigins: https://intranet.example\n",
          "serve.corsOrigins: must be a list of strings"},
      {"serve:\n  corsOrigins: [\"https://intranet.example/\"]\n",
          "serve.corsOrigins: each must be an origin"},
      {"serve:\n  refreshSeconds: 0\n", "serve.refreshSeconds: must be > 0"},
      {"serve:\n  requestLog: xml\n", "serve.requestLog: must be text or json (got xml)"},
      {"sources: /srv/plans\n", "sources: must be a list of strings"},
  };

  @Test
  void badServeValuesAreNamedWithTheirKey() {
    for (String[] bad : BAD_SERVE_VALUES) {
      assertThatThrownBy(() -> load(bad[0])).as(bad[0])
          .isInstanceOf(ConfigException.class).hasMessageStartingWith(bad[1]);
    }
  }

  @Test
  void absentKeysTakeDefaultsAndPresentOnesOverride() throws IOException {
    SantekbConfig cfg = load("extraction:\n  ocr: true\n  maxCharsPerDocument: 1000\n");
    assertThat(cfg.extraction().ocr()).isTrue();
    assertThat(cfg.extraction().maxCharsPerDocument()).isEqualTo(1000);
    assertThat(cfg.extraction().writeLimit()).isEqualTo(ExtractionSettings.DEFAULT_WRITE_LIMIT);
  }

  @Test
  void anUnknownKeyIsNamedInTheError() {
    assertThatThrownBy(() -> load("extraction:\n  maxChars: 10\n"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("extraction.maxChars: unknown key");
    assertThatThrownBy(() -> load("serveur: {}\n"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("serveur: unknown key");
  }

  @Test
  void badValuesAreNamedWithTheirKeyAndValue() {
    assertThatThrownBy(() -> load("extraction:\n  maxCharsPerDocument: -5\n"))
        .hasMessage("extraction.maxCharsPerDocument: must be > 0 (got -5)");
    assertThatThrownBy(() -> load("extraction:\n  maxPackageDepth: 2.5\n"))
        .hasMessageStartingWith("extraction.maxPackageDepth: must be a whole number");
    assertThatThrownBy(() -> load("extraction:\n  ocr: peut-être\n"))
        .hasMessageStartingWith("extraction.ocr: must be true or false");
    assertThatThrownBy(() -> load("extraction:\n  maxCharsPerDocument: 100\n  writeLimit: 10\n"))
        .hasMessageStartingWith("extraction.writeLimit: must be >= extraction.maxCharsPerDocument");
  }

  @Test
  void parseLimitsTakeSecondsAndBytesAndZeroTurnsThemOff() throws IOException {
    SantekbConfig cfg = load("extraction:\n  parseTimeout: 0.5\n  maxParseAllocation: 1048576\n");
    assertThat(cfg.extraction().parseTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(cfg.extraction().maxParseAllocation()).isEqualTo(1_048_576L);
    SantekbConfig ocr = load("extraction:\n  ocr: true\n");
    assertThat(ocr.extraction().parseTimeout()).isEqualTo(Duration.ofHours(1));
    assertThat(ocr.extraction().maxParseAllocation()).isEqualTo(32L << 30);
    assertThat(load("extraction:\n  ocr: true\n  parseTimeout: 90\n").extraction()
        .parseTimeout()).as("a limit set by hand wins").isEqualTo(Duration.ofSeconds(90));
    SantekbConfig off = load("extraction:\n  parseTimeout: 0\n  maxParseAllocation: 0\n");
    assertThat(off.extraction().parseTimeout()).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> load("extraction:\n  parseTimeout: -1\n"))
        .hasMessage("extraction.parseTimeout: must be >= 0 seconds (0: no limit) (got -1.0)");
    assertThatThrownBy(() -> load("extraction:\n  parseTimeout: une minute\n"))
        .hasMessageStartingWith("extraction.parseTimeout: must be a number");
    assertThatThrownBy(() -> load("extraction:\n  maxParseAllocation: -2\n"))
        .hasMessage("extraction.maxParseAllocation: must be >= 0 bytes (0: no limit) (got -2)");
  }

  @Test
  void aMissingFolderOrBrokenYamlFailsClearly() {
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent")))
        .hasMessageStartingWith("config folder not found");
    assertThatThrownBy(() -> load("extraction: [unclosed\n"))
        .hasMessageContaining("not valid YAML");
  }
}
