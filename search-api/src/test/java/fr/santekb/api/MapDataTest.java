package fr.santekb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The map's data agree with the reference geography: the région of each département in
 * {@code ui/js/regions-of-departements.js} is the one of {@code config/geography/departements.tsv},
 * and every département drawn by the vendored geometry is a known département.
 */
class MapDataTest {
  private static final Path ROOT = Path.of(System.getProperty("santekb.root", ".."));
  private static final Pattern PAIR = Pattern.compile("'([0-9AB]{2,3})': '(\\d{2,3})'");
  private static final Pattern LOCATION_ID = Pattern.compile("\"id\":\"([0-9AB]{2,3})\"");

  private static Map<String, String> reference() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(MiniCorpus.configDir().resolve(
        "geography/departements.tsv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (!line.startsWith("#") && cells.length > 2 && !cells[0].equals("code_departement")) {
        out.put(cells[0], cells[2]);
      }
    }
    return out;
  }

  @Test
  void theRegionOfEachDepartementIsTheReferenceOne() throws IOException {
    String js = Files.readString(ROOT.resolve("ui/js/regions-of-departements.js"));
    Map<String, String> inUi = new LinkedHashMap<>();
    Matcher m = PAIR.matcher(js);
    while (m.find()) {
      inUi.put(m.group(1), m.group(2));
    }
    assertThat(inUi).isEqualTo(reference());
  }

  @Test
  void theGeometryDrawsTheMetropolitanDepartementsAndNothingElse() throws IOException {
    String js = Files.readString(ROOT.resolve("ui/js/vendor/france-departements.js"));
    TreeSet<String> drawn = new TreeSet<>();
    Matcher m = LOCATION_ID.matcher(js);
    while (m.find()) {
      drawn.add(m.group(1));
    }
    assertThat(drawn).hasSize(96);
    assertThat(reference().keySet()).containsAll(drawn);
  }
}
