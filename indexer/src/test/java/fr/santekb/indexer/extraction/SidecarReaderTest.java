package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarReaderTest {
  @TempDir Path dir;

  private Path document(String sidecarJson) throws IOException {
    Path doc = Files.writeString(dir.resolve("cls-selestat.pdf"), "%PDF-1.4");
    if (sidecarJson != null) {
      Files.writeString(dir.resolve("cls-selestat.pdf.meta.json"), sidecarJson,
          StandardCharsets.UTF_8);
    }
    return doc;
  }

  @Test
  void noSidecarGivesEmpty() throws Exception {
    assertThat(SidecarReader.read(document(null))).isEmpty();
  }

  @Test
  void everyKeyIsRead() throws Exception {
    Sidecar sidecar = SidecarReader.read(document("""
        {"title": " Contrat local de santé de Sélestat ", "type": "CLS",
         "dispositif": ["CLS", "CLSM"], "territory": ["Sélestat", "67"], "year": 2021,
         "partners": ["ARS Grand Est", "CPAM du Bas-Rhin"],
         "sourceUrl": "https://www.example.org/cls.pdf"}
        """)).orElseThrow();
    assertThat(sidecar.title()).contains("Contrat local de santé de Sélestat");
    assertThat(sidecar.type()).contains("CLS");
    assertThat(sidecar.dispositifs()).containsExactly("CLS", "CLSM");
    assertThat(sidecar.territories()).containsExactly("Sélestat", "67");
    assertThat(sidecar.year()).contains(2021);
    assertThat(sidecar.partners()).containsExactly("ARS Grand Est", "CPAM du Bas-Rhin");
    assertThat(sidecar.sourceUrl()).contains("https://www.example.org/cls.pdf");
  }

  @Test
  void dispositifMayBeASingleStringAndAbsentKeysAreEmpty() throws Exception {
    Sidecar sidecar = SidecarReader.read(document("{\"dispositif\": \"ASV\"}")).orElseThrow();
    assertThat(sidecar.dispositifs()).isEqualTo(List.of("ASV"));
    assertThat(sidecar.title()).isEqualTo(Optional.empty());
    assertThat(sidecar.territories()).isEmpty();
    assertThat(sidecar.year()).isEmpty();
  }

  @Test
  void unknownKeyIsRejectedByName() throws IOException {
    Path doc = document("{\"title\": \"CLS\", \"dispositifs\": [\"CLS\"]}");
    assertThatThrownBy(() -> SidecarReader.read(doc))
        .isInstanceOf(InvalidSidecarException.class)
        .hasMessageContaining("unknown key \"dispositifs\"")
        .hasMessageContaining("cls-selestat.pdf.meta.json")
        .satisfies(e -> assertThat(((InvalidSidecarException) e).sidecar().getFileName())
            .hasToString("cls-selestat.pdf.meta.json"));
  }

  @Test
  void wrongTypesAreRejectedByKey() throws IOException {
    Path badYear = document("{\"year\": \"deux mille\"}");
    assertThatThrownBy(() -> SidecarReader.read(badYear))
        .isInstanceOf(InvalidSidecarException.class).hasMessageContaining("\"year\"");
    Path badList = document("{\"territory\": [\"Sélestat\", 67]}");
    assertThatThrownBy(() -> SidecarReader.read(badList))
        .isInstanceOf(InvalidSidecarException.class).hasMessageContaining("\"territory\"");
    Path blankTitle = document("{\"title\": \"  \"}");
    assertThatThrownBy(() -> SidecarReader.read(blankTitle))
        .isInstanceOf(InvalidSidecarException.class).hasMessageContaining("\"title\"");
  }

  @Test
  void malformedJsonIsRejectedWithItsLine() throws IOException {
    Path doc = document("{\n\"title\": \"CLS\",\n}");
    assertThatThrownBy(() -> SidecarReader.read(doc))
        .isInstanceOf(InvalidSidecarException.class).hasMessageContaining("not valid JSON")
        .hasMessageContaining("line 3");
  }

  @Test
  void jsonThatIsNotAnObjectIsRejected() throws IOException {
    Path doc = document("[\"CLS\"]");
    assertThatThrownBy(() -> SidecarReader.read(doc))
        .isInstanceOf(InvalidSidecarException.class).hasMessageContaining("JSON object");
  }
}
