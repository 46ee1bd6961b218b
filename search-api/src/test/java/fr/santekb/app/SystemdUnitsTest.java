package fr.santekb.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units in config/deploy pass {@code systemd-analyze verify} (which also needs the
 * ExecStart program to exist: the units are checked as copies pointing at a stand-in launcher).
 * Skipped, with the reason, where systemd-analyze is not installed.
 */
class SystemdUnitsTest {
  private static final String LAUNCHER = "/opt/santekb/bin/santekb";
  private static final List<String> UNITS = List.of("santekb-serve.service",
      "santekb-index.service", "santekb-index.timer");

  @TempDir Path tmp;

  @Test
  void theUnitsVerifyCleanly() throws Exception {
    Path analyze = onPath("systemd-analyze");
    assumeTrue(analyze != null, "systemd-analyze not installed (apt-get install systemd)");
    Path deploy = Path.of(System.getProperty("santekb.root"), "config", "deploy");
    Path launcher = Files.writeString(tmp.resolve("santekb"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> command = new ArrayList<>(List.of(analyze.toString(), "verify", "--man=no"));
    for (String unit : UNITS) {
      String text = Files.readString(deploy.resolve(unit), StandardCharsets.UTF_8);
      if (unit.endsWith(".service")) {
        assertThat(text).contains("ExecStart=" + LAUNCHER + " ");
      }
      Path copy = Files.writeString(tmp.resolve(unit), text.replace(LAUNCHER,
          launcher.toString()), StandardCharsets.UTF_8);
      command.add(copy.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as("warnings count as failures").isBlank();
  }

  @Test
  void theTimerStartsTheIndexServiceEveryNight() throws Exception {
    Path deploy = Path.of(System.getProperty("santekb.root"), "config", "deploy");
    String timer = Files.readString(deploy.resolve("santekb-index.timer"), StandardCharsets.UTF_8);
    assertThat(timer).contains("OnCalendar=*-*-* 02:30:00").contains("Persistent=true");
    String serve = Files.readString(deploy.resolve("santekb-serve.service"),
        StandardCharsets.UTF_8);
    assertThat(serve).contains("SuccessExitStatus=143").contains("Environment=LANG=C.UTF-8");
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
