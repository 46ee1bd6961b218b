package fr.santekb.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.santekb.indexer.config.ConfigLoader;
import fr.santekb.indexer.config.ExtractionSettings;
import fr.santekb.indexer.extraction.Outcome;
import fr.santekb.indexer.extraction.TikaExtractor;
import fr.santekb.indexer.extraction.TrapParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that misbehave during a run (vanish, change, cannot be read, links out of the folder or in
 * a loop): each is classified in the report, every other file is indexed.
 */
class MisbehavingFilesTest {
  private static final String AS_ROOT = "running as root: chmod 000 does not stop root from "
      + "reading; run the tests under `setpriv --bounding-set=-dac_override,-dac_read_search` to "
      + "make unreadable files";
  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    write("plan.txt", "Plan local de santé publique de Martigues, 2021.");
  }

  private Path write(String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Runs the indexer; {@code afterListing} runs once the files are listed, before any is read. */
  private RunReport run(Consumer<Integer> afterListing) throws IOException {
    TrapParser.arm();
    try (IndexingComponents components = new IndexingComponents(
        ConfigLoader.load(ConfigLoader.locate(null)),
        new TikaExtractor(ExtractionSettings.defaults(), List.of(new TrapParser())))) {
      return components.runner(2).run(List.of(corpus), index, false, total -> {
        afterListing.accept(total);
        return new ProgressBar(System.err, false, total);
      });
    } finally {
      TrapParser.release();
    }
  }

  private static Map<String, FileReport> byPath(RunReport report) {
    return report.files().stream().collect(Collectors.toMap(FileReport::path, f -> f));
  }

  private int documentsInIndex() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  @Test
  void aFileGoneBetweenListingAndReadingIsVanishedAndLeavesTheIndex() throws IOException {
    Path doomed = write("compte-rendu.txt", "Compte rendu du comité de pilotage, Gap, 2018.");
    assertThat(byPath(run(total -> { })).get("compte-rendu.txt").outcome())
        .isEqualTo(Outcome.INDEXED);
    Files.writeString(doomed, "Compte rendu modifié, Gap, 2019.", StandardCharsets.UTF_8);

    RunReport report = run(total -> delete(doomed));

    FileReport gone = byPath(report).get("compte-rendu.txt");
    assertThat(gone.outcome()).isEqualTo(Outcome.VANISHED);
    assertThat(gone.message()).isEqualTo("listed, then gone before it was read");
    assertThat(byPath(report).get("plan.txt").outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(documentsInIndex()).as("the old version left with the file").isEqualTo(1);
  }

  @Test
  void aFileThatChangesWhileReadIsReadAgainOnceThenReportedChanged() throws IOException {
    write("note.changes-once.txt", "Note de cadrage de l’atelier santé ville d’Arles, 2020.");
    write("journal.changes.txt", "Journal tenu pendant la lecture, Marseille, 2024.");

    RunReport report = run(total -> { });

    assertThat(byPath(report).get("note.changes-once.txt").outcome())
        .as("changed during the first reading, steady during the second").isEqualTo(Outcome.INDEXED);
    FileReport changing = byPath(report).get("journal.changes.txt");
    assertThat(changing.outcome()).isEqualTo(Outcome.CHANGED);
    assertThat(changing.message()).isEqualTo("changed while it was read, twice (size or date "
        + "differed after reading): not indexed, the next run reads it again");
    assertThat(byPath(report).get("plan.txt").outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(documentsInIndex()).isEqualTo(2);
    assertThat(storedSizes()).as("the version indexed is the one read the second time")
        .contains(Files.size(corpus.resolve("note.changes-once.txt")));
  }

  @Test
  void aFileThatCannotBeReadIsUnreadable() throws IOException {
    Path locked = write("verrouille.txt", "Contrat local de santé du Briançonnais, 2022.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(canStillRead(locked), AS_ROOT);

    RunReport report = run(total -> { });

    FileReport unreadable = byPath(report).get("verrouille.txt");
    assertThat(unreadable.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(unreadable.message()).isEqualTo("cannot read file: permission denied");
    assertThat(byPath(report).get("plan.txt").outcome()).isEqualTo(Outcome.INDEXED);
  }

  @Test
  void aFolderThatCannotBeListedIsUnreadableAndKeepsItsDocuments() throws IOException {
    Path folder = write("prive/fiche.txt", "Fiche action du CLS de Digne, 2021.").getParent();
    assertThat(run(total -> { }).documentsInIndex()).isEqualTo(2);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(canList(folder), AS_ROOT);

      RunReport report = run(total -> { });

      FileReport unreadable = byPath(report).get("prive");
      assertThat(unreadable.outcome()).isEqualTo(Outcome.UNREADABLE);
      assertThat(unreadable.message()).isEqualTo("cannot list: permission denied");
      assertThat(byPath(report).get("plan.txt").outcome()).isEqualTo(Outcome.UNCHANGED);
      assertThat(report.counts().get(Outcome.REMOVED))
          .as("a folder unreadable for a while does not empty the index").isZero();
      assertThat(documentsInIndex()).isEqualTo(2);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void linksOutOfTheFolderOrLeadingNowhereAreReportedAndNotFollowed() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("ailleurs"));
    Path secret = Files.writeString(outside.resolve("secret.txt"),
        "Document confidentiel hors du dossier source, Toulon, 2020.", StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("lien-externe.txt"), secret);
    Files.createSymbolicLink(corpus.resolve("dossier-externe"), outside);
    Files.createSymbolicLink(corpus.resolve("boucle-a.txt"), corpus.resolve("boucle-b.txt"));
    Files.createSymbolicLink(corpus.resolve("boucle-b.txt"), corpus.resolve("boucle-a.txt"));
    Files.createSymbolicLink(corpus.resolve("casse.txt"), corpus.resolve("absent.txt"));
    Files.createSymbolicLink(corpus.resolve("alias.txt"), corpus.resolve("plan.txt"));

    RunReport report = run(total -> { });

    Map<String, FileReport> files = byPath(report);
    assertThat(files.keySet()).containsExactlyInAnyOrder("plan.txt", "lien-externe.txt",
        "dossier-externe", "boucle-a.txt", "boucle-b.txt", "casse.txt");
    assertThat(files.get("plan.txt").outcome()).isEqualTo(Outcome.INDEXED);
    assertThat(files.get("lien-externe.txt").outcome()).isEqualTo(Outcome.OUTSIDE_SOURCE);
    assertThat(files.get("lien-externe.txt").message()).isEqualTo("symbolic link to "
        + secret.toRealPath() + ", outside the source folder: not followed");
    assertThat(files.get("dossier-externe").outcome()).isEqualTo(Outcome.OUTSIDE_SOURCE);
    assertThat(files.get("boucle-a.txt").outcome()).isEqualTo(Outcome.BROKEN_LINK);
    assertThat(files.get("boucle-a.txt").message())
        .startsWith("symbolic link that leads nowhere (Too many levels of symbolic links")
        .endsWith("): not followed");
    assertThat(files.get("boucle-b.txt").outcome()).isEqualTo(Outcome.BROKEN_LINK);
    assertThat(files.get("casse.txt").outcome()).isEqualTo(Outcome.BROKEN_LINK);
    assertThat(files.get("casse.txt").message()).isEqualTo("symbolic link to a missing target ("
        + corpus.resolve("absent.txt") + "): not followed");
    assertThat(documentsInIndex()).as("only plan.txt, once").isEqualTo(1);

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    ReportWriter.printSummary(report, new PrintStream(table, true, StandardCharsets.UTF_8));
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("outside-source      2").contains("broken-link         3")
        .contains("  outside-source lien-externe.txt  (symbolic link to ");
    Path json = ReportWriter.writeJson(report, index);
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"OUTSIDE_SOURCE\"");
    assertThat(ReportWriter.readJson(json)).isEqualTo(report);
  }

  private List<Long> storedSizes() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      List<Long> sizes = new ArrayList<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        var field = stored.document(doc).getField("size");
        if (field != null && field.numericValue() != null) {
          sizes.add(field.numericValue().longValue());
        }
      }
      return sizes;
    }
  }

  private static boolean canStillRead(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      in.read();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean canList(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.count() >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
