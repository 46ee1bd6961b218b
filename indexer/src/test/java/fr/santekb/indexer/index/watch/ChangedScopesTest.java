package fr.santekb.indexer.index.watch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.index.Scope;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Changed paths become the scopes of one pass: where each lies, sidecars, nesting, bursts. */
class ChangedScopesTest {
  private static final Path ROOT = Path.of("/data/cls").toAbsolutePath();
  private static final Path OTHER = Path.of("/data/asv").toAbsolutePath();

  @Test
  void eachPathIsAScopeOfItsOwnSourceFolder() {
    assertThat(ChangedScopes.of(Set.of(ROOT.resolve("fiches/fiche.txt"), OTHER.resolve("plan.pdf")),
        List.of(ROOT, OTHER))).containsExactlyInAnyOrder(
            new Scope(ROOT, "fiches/fiche.txt", false), new Scope(OTHER, "plan.pdf", false));
  }

  @Test
  void aChangedSidecarForcesItsDocument() {
    assertThat(ChangedScopes.of(Set.of(ROOT.resolve("plan.pdf.meta.json")), List.of(ROOT)))
        .containsExactly(new Scope(ROOT, "plan.pdf", true));
  }

  @Test
  void aPathInsideAnotherChangedFolderIsLeftToThatFolder() {
    assertThat(ChangedScopes.of(Set.of(ROOT.resolve("nouveau"), ROOT.resolve("nouveau/a.txt"),
        ROOT.resolve("nouveau/sous/b.txt"), ROOT.resolve("nouveaux.txt")), List.of(ROOT)))
        .containsExactlyInAnyOrder(new Scope(ROOT, "nouveau", false),
            new Scope(ROOT, "nouveaux.txt", false));
  }

  @Test
  void aBurstOfChangesIsAPassOverTheWholeFoldersItTouches() {
    Set<Path> burst = new HashSet<>();
    for (int i = 0; i <= ChangedScopes.MAX_SCOPES; i++) {
      burst.add(ROOT.resolve("copie/" + i + ".txt"));
    }
    assertThat(ChangedScopes.of(burst, List.of(ROOT, OTHER))).containsExactly(Scope.whole(ROOT));
  }

  @Test
  void aPathOutsideEverySourceFolderIsIgnored() {
    assertThat(ChangedScopes.of(Set.of(Path.of("/ailleurs/x.txt").toAbsolutePath()),
        List.of(ROOT))).isEmpty();
  }
}
