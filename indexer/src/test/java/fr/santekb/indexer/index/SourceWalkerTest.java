package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
  @TempDir Path tmp;

  @Test
  void listsFilesRecursivelyInOrderWithoutHiddenFilesSidecarsOrLinks() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "hors du dossier");
    Files.createDirectories(src.resolve("b/c"));
    Files.writeString(src.resolve("b/c/z.txt"), "z");
    Files.writeString(src.resolve("a.txt"), "a");
    Files.writeString(src.resolve("a.txt.meta.json"), "{}");
    Files.createDirectories(src.resolve(".git"));
    Files.writeString(src.resolve(".git/config"), "x");
    Files.writeString(src.resolve(".cache.txt"), "x");
    Files.createSymbolicLink(src.resolve("lien.txt"), outside);
    Files.createSymbolicLink(src.resolve("dossier-lien"), tmp);

    assertThat(SourceWalker.walk(src)).extracting(SourceFile::relativePath)
        .containsExactly("a.txt", "b/c/z.txt");
    assertThat(SourceWalker.walk(src).getFirst().sourceRoot()).isEqualTo(src.toAbsolutePath());
  }
}
