package fr.santekb.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.santekb.api.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive built by {@code mvn package}, unpacked into an empty folder and run through
 * its own {@code bin/santekb} with a bare environment: no Maven, no source tree, no santekb.root.
 * Runs after packaging (surefire's integration-test execution in search-api's pom, which names
 * the archive); skipped in the unit-test run, where a -Dtest filter may also select it.
 */
@EnabledIfSystemProperty(named = "santekb.archive", matches = ".+",
    disabledReason = "runs in the integration-test phase, after the archive is built")
class ReleaseArchiveIT {
  private static final Pattern SERVING = Pattern.compile("on http://localhost:(\\d+)");

  @TempDir static Path tmp;
  static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("santekb.archive"));
    assertThat(archive).as("run mvn package first").isRegularFile();
    Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
        .inheritIO().start();
    assertThat(tar.waitFor()).isZero();
    home = unpacked.resolve("santekb-" + System.getProperty("santekb.version"));
  }

  @Test
  void theArchiveHoldsTheLauncherJarsConfigPageReadmeAndLicences() throws IOException {
    assertThat(home.resolve("bin/santekb")).isExecutable();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("config/santekb.yaml")).isRegularFile();
    assertThat(home.resolve("config/analysis")).isDirectory();
    assertThat(home.resolve("config/eval")).doesNotExist();
    assertThat(home.resolve("config/deploy/santekb-serve.service")).isRegularFile();
    assertThat(home.resolve("ui/index.html")).isRegularFile();
    assertThat(home.resolve("licences/lucene/LICENSE.txt")).isRegularFile();
    assertThat(home.resolve("licences/lucene/NOTICE.txt")).isRegularFile();
    assertThat(home.resolve("licences/tika-core/NOTICE.txt")).isRegularFile();
    assertThat(home.resolve("licences/tika-parsers/LICENSE.txt")).isRegularFile();
    try (Stream<Path> licences = Files.list(home.resolve("licences"))) {
      assertThat(licences.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.contains("LICENSE") && n.endsWith(".md"));
    }
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("santekb-search-api-"))
          .anyMatch(n -> n.startsWith("santekb-indexer-"))
          .anyMatch(n -> n.startsWith("lucene-core-"))
          .anyMatch(n -> n.startsWith("tika-core-"))
          .noneMatch(n -> n.startsWith("junit") || n.startsWith("selenium"));
    }
  }

  @Test
  void theLauncherFindsAJavaWithoutJavaHome() throws Exception {
    Process p = launcher(false, "--version").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).startsWith("santekb ");
  }

  @Test
  void indexThenServeFromTheUnpackedFolder() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(corpus.resolve("plan-arles.html"), "<html><head><title>Plan local de santé "
        + "d’Arles</title></head><body><h1>Plan local de santé d’Arles</h1><p>La vaccination des "
        + "enfants et l’accès aux soins dans les quartiers prioritaires.</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("fiche-martigues.txt"), "Fiche action : santé mentale à "
        + "Martigues.\nLe conseil local de santé mentale réunit les partenaires.\n",
        StandardCharsets.UTF_8);
    // An accented file name: readable only when the launcher gives Java a UTF-8 locale.
    Files.writeString(corpus.resolve("réunion-été.txt"), "Compte rendu de la réunion sur la "
        + "nutrition et l’activité physique des seniors.\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");

    Process indexing = launcher(true, "index", "--source", corpus.toString(), "--index",
        index.toString()).redirectErrorStream(true).start();
    String indexLog = new String(indexing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(indexing.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(indexing.exitValue()).as(indexLog).isZero();
    assertThat(indexLog).doesNotContain("\tat ");

    Process serve = launcher(true, "serve", "--index", index.toString(), "--port", "0").start();
    try {
      int port = awaitPort(serve);
      Http http = new Http(port);
      JsonNode hits = http.get("/api/search?q=vaccination").json();
      assertThat(hits.path("total").asInt()).isEqualTo(1);
      assertThat(hits.path("hits").get(0).path("title").asText()).contains("Arles");
      JsonNode nutrition = http.get("/api/search?q=nutrition").json();
      assertThat(nutrition.path("hits").get(0).path("path").asText()).endsWith("réunion-été.txt");
      JsonNode health = http.get("/api/health").json();
      assertThat(health.path("status").asText()).isEqualTo("ok");
      assertThat(health.path("documents").asInt()).isEqualTo(3);
      assertThat(health.path("ready").asBoolean()).isTrue();
      assertThat(http.get("/").status()).isEqualTo(200);
    } finally {
      serve.destroy();
    }
    assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
  }

  /** bin/santekb with nothing but PATH (and JAVA_HOME when asked) in its environment. */
  private static ProcessBuilder launcher(boolean withJavaHome, String... args) {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/santekb").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("HOME", tmp.toString());
    if (withJavaHome) {
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    }
    return pb;
  }

  /** Reads serve's output until it prints the URL it listens on; its stderr goes to ours. */
  private static int awaitPort(Process serve) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("read failed: " + e);
      }
    }, "serve-output");
    reader.setDaemon(true);
    reader.start();
    new Thread(() -> {
      try {
        serve.getErrorStream().transferTo(System.err);
      } catch (IOException e) {
        // the process ended: nothing more to copy
      }
    }, "serve-errors").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      assertThat(serve.isAlive()).as("serve exited early").isTrue();
    }
    throw new AssertionError("serve printed no URL within 90 s");
  }
}
