package fr.santekb.indexer.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.config.ConfigException;
import fr.santekb.indexer.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeographyTest {
  private final Geography geo = TestFixtures.VOCABULARIES.geography();

  @Test
  void findsCommunesByCodeAndByNameWhateverTheSpelling() {
    assertThat(geo.commune("13056")).get().extracting(Commune::name).isEqualTo("Martigues");
    assertThat(geo.communesNamed("Saint Mitre les Remparts")).extracting(Commune::insee)
        .containsExactly("13098");
    assertThat(geo.communesNamed("SAINT-MITRE-LES-REMPARTS")).extracting(Commune::insee)
        .containsExactly("13098");
    assertThat(geo.communesNamed("port de bouc")).extracting(Commune::insee)
        .containsExactly("13077");
    assertThat(geo.communesNamed("Atlantis")).isEmpty();
  }

  @Test
  void communesCarryTheirDepartementRegionAndEpci() {
    Commune martigues = geo.commune("13056").orElseThrow();
    assertThat(martigues.departement()).isEqualTo("13");
    assertThat(martigues.region()).isEqualTo("93");
    assertThat(martigues.epciName()).get().asString().contains("Aix-Marseille-Provence");
    assertThat(martigues.label()).isEqualTo("Martigues (13)");
    assertThat(geo.departement("13")).get().extracting(Departement::name)
        .isEqualTo("Bouches-du-Rhône");
    assertThat(geo.region("93")).get().extracting(Region::name)
        .isEqualTo("Provence-Alpes-Côte d'Azur");
  }

  @Test
  void homonymsGoToAMentionedDepartementElseToTheLargest() {
    assertThat(geo.communesNamed("Charleval")).extracting(Commune::insee)
        .containsExactly("13024", "27151");
    assertThat(geo.resolveCommune("Charleval", List.of("27"))).get().extracting(Commune::insee)
        .isEqualTo("27151");
    assertThat(geo.resolveCommune("Charleval", List.of())).get().extracting(Commune::insee)
        .isEqualTo("13024");
  }

  @Test
  void findsDepartementsAndRegionsByNameOrAlias() {
    assertThat(geo.departementNamed("bouches du rhone")).get().extracting(Departement::code)
        .isEqualTo("13");
    assertThat(geo.regionNamed("Provence-Alpes-Côte d’Azur")).get().extracting(Region::code)
        .isEqualTo("93");
    assertThat(geo.regionNamed("PACA")).get().extracting(Region::code).isEqualTo("93");
  }

  @Test
  void formerRégionsAreAliasesMarkedAsParts() {
    Region grandEst = geo.region("44").orElseThrow();
    assertThat(grandEst.formerNames()).containsExactly("Alsace", "Lorraine", "Champagne-Ardenne");
    assertThat(grandEst.currentNames()).containsExactly("Grand Est");
    assertThat(geo.regionNamed("Alsace")).get().extracting(Region::code).isEqualTo("44");
    assertThat(geo.region("93").orElseThrow().currentNames())
        .containsExactly("Provence-Alpes-Côte d'Azur", "Paca", "PACA", "région Sud");
    assertThat(geo.region("24").orElseThrow().currentNames()).contains("Centre-Val-de-Loire")
        .doesNotContain("Région Centre");
  }

  @Test
  void aFormerMarkOtherThanYesIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
    Path real = ConfigLoader.locate(null).resolve("geography");
    try (var files = Files.list(real)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("region_aliases.tsv"),
        "code_region\talias\tformer\n44\tAlsace\toui\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Geography.load(dir)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("region_aliases.tsv:2").hasMessageContaining("former");
  }
}
