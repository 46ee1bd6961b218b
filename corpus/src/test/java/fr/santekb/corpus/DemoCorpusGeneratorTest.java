package fr.santekb.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.santekb.indexer.extraction.Sidecar;
import fr.santekb.indexer.samples.SampleDocument;
import fr.santekb.indexer.samples.SampleFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusGeneratorTest {
  private static final Set<String> SIDECAR_KEYS = Set.of("title", "type", "dispositif",
      "territory", "year", "partners", "sourceUrl");
  private static final String LONG_DOCUMENT = "cls-pays-de-martigues-2015-2019.pdf";
  private static final String LONG_PHRASE = "Sentinelles de l'étang de Berre";
  private static final String SCRIPT = "<script>alert(\"x\")</script>";

  @TempDir static Path out;
  private static List<Path> written;

  @BeforeAll
  static void generateOnce() throws IOException {
    written = DemoCorpusGenerator.generate(out);
  }

  private static List<Path> documents() {
    return written.stream()
        .filter(p -> !p.getFileName().toString().endsWith(Sidecar.SUFFIX)).toList();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  @Test
  void writesAboutThirtyNonEmptyDocumentsInManyFormatsUnderThreeMegabytes() throws IOException {
    assertThat(documents()).hasSizeBetween(25, 35);
    assertThat(documents().stream().map(DemoCorpusGeneratorTest::extension)
        .collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(5)
        .contains("pdf", "docx", "odt", "rtf", "html", "txt", "md", "pptx", "ppt", "odp", "ods");
    long total = 0;
    for (Path file : written) {
      assertThat(file).exists().isRegularFile();
      assertThat(Files.size(file)).as(file.toString()).isPositive();
      total += Files.size(file);
    }
    assertThat(total).isLessThan(3L * 1024 * 1024);
    try (Stream<Path> listed = Files.list(out)) {
      assertThat(listed.count()).as("generate() returns every file it writes")
          .isEqualTo(written.size());
    }
  }

  @Test
  void sidecarsAreValidJsonWithOnlyTheKnownKeysNextToTheirDocument() throws IOException {
    List<Path> sidecars = written.stream()
        .filter(p -> p.getFileName().toString().endsWith(Sidecar.SUFFIX)).toList();
    assertThat(sidecars).hasSizeGreaterThanOrEqualTo(3);
    ObjectMapper json = new ObjectMapper();
    boolean dispositifAsString = false;
    boolean dispositifAsList = false;
    for (Path sidecar : sidecars) {
      String name = sidecar.getFileName().toString();
      assertThat(out.resolve(name.substring(0, name.length() - Sidecar.SUFFIX.length())))
          .exists();
      JsonNode root = json.readTree(sidecar.toFile());
      assertThat(root.isObject()).as(name).isTrue();
      for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
        assertThat(SIDECAR_KEYS).as(name).contains(keys.next());
      }
      assertThat(root.path("territory").isMissingNode() || root.path("territory").isArray())
          .as(name + " territory").isTrue();
      assertThat(root.path("partners").isMissingNode() || root.path("partners").isArray())
          .as(name + " partners").isTrue();
      assertThat(root.path("year").isMissingNode() || root.path("year").isInt())
          .as(name + " year").isTrue();
      dispositifAsString |= root.path("dispositif").isTextual();
      dispositifAsList |= root.path("dispositif").isArray();
    }
    assertThat(dispositifAsString).as("some sidecar gives one dispositif as a string").isTrue();
    assertThat(dispositifAsList).as("some sidecar gives dispositifs as a list").isTrue();
  }

  @Test
  void runningTwiceGivesByteIdenticalFiles(@TempDir Path second) throws IOException {
    DemoCorpusGenerator.main(new String[] {second.toString()});
    for (Path file : written) {
      assertThat(Files.readAllBytes(second.resolve(file.getFileName().toString())))
          .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void longContractHasFortyPagesAndTheDistinctivePhraseOnlyOnALatePage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(out.resolve(LONG_DOCUMENT).toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(40);
      PDFTextStripper stripper = new PDFTextStripper();
      List<Integer> pages = new ArrayList<>();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (stripper.getText(pdf).contains(LONG_PHRASE)) {
          pages.add(page);
        }
      }
      assertThat(pages).hasSize(1);
      assertThat(pages.getFirst()).isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void everyDocumentExtractsWithTheFictionNoticeAndTheTestStringsOccurOnce()
      throws IOException, TikaException {
    Tika tika = new Tika();
    tika.setMaxStringLength(-1);
    Map<String, String> texts = new HashMap<>();
    for (Path file : documents()) {
      texts.put(file.getFileName().toString(), tika.parseToString(file));
    }
    for (Map.Entry<String, String> text : texts.entrySet()) {
      assertThat(text.getValue()).as(text.getKey()).contains("contenu fictif");
    }
    assertThat(namesContaining(texts, SCRIPT)).hasSize(1);
    assertThat(namesContaining(texts, LONG_PHRASE)).containsExactly(LONG_DOCUMENT);
  }

  private static Set<String> namesContaining(Map<String, String> texts, String needle) {
    return texts.entrySet().stream().filter(e -> e.getValue().contains(needle))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void actionRecordsKeepTheOscarsLineLayout() throws IOException {
    List<Path> records = documents().stream()
        .filter(p -> p.getFileName().toString().startsWith("fiche-action-")).toList();
    assertThat(records).hasSizeBetween(8, 10);
    assertThat(records.stream().map(DemoCorpusGeneratorTest::extension)).contains("txt", "md");
    for (Path record : records) {
      boolean cp1252 = entry(record).format() == SampleFormat.TXT_CP1252;
      List<String> lines = Files.readAllLines(record,
          cp1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
      String name = record.getFileName().toString();
      assertThat(lines).as(name).anyMatch(l -> l.matches("Porteur de l['’]action : .+"));
      assertThat(valueAfter(lines, "Thème")).as(name).contains(", ").doesNotContain(" ; ");
      assertThat(valueAfter(lines, "Partenaire de l'action", "Partenaire de l’action"))
          .as(name).contains(" ; ");
      assertThat(valueAfter(lines, "Année de début de réalisation")).as(name).matches("20\\d\\d");
      assertThat(valueAfter(lines, "Commune")).as(name).isNotBlank();
      assertThat(valueAfter(lines, "Niveau territorial de santé")).as(name).isNotBlank();
      assertThat(valueAfter(lines, "Catégorisation")).as(name).matches("[A-D]\\d?");
    }
  }

  private static DemoEntry entry(Path file) {
    return DemoCorpusGenerator.entries().stream()
        .filter(e -> e.fileName().equals(file.getFileName().toString())).findFirst()
        .orElseThrow();
  }

  /** The line after the first line equal to one of {@code labels}, as in an OSCARS record. */
  private static String valueAfter(List<String> lines, String... labels) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (List.of(labels).contains(lines.get(i))) {
        return lines.get(i + 1);
      }
    }
    throw new AssertionError("no line " + List.of(labels));
  }

  @Test
  void corpusCoversTheSixDepartementsElevenYearsAndTheDispositifs() {
    List<DemoEntry> entries = DemoCorpusGenerator.entries();
    String all = entries.stream().map(e -> text(e.document())).collect(Collectors.joining("\n"));
    for (String departement : List.of("Alpes-de-Haute-Provence", "Hautes-Alpes",
        "Alpes-Maritimes", "Bouches-du-Rhône", "Var", "Vaucluse")) {
      assertThat(all).contains(departement);
    }
    for (String acronym : List.of("ARS", "CLS", "ASV", "CLSM", "CPTS", "PRS", "QPV", "PLSP")) {
      assertThat(all).containsPattern("\\b" + acronym + "\\b");
    }
    assertThat(all).contains("mise en œuvre", "cœur de ville", "’", "'", "ATMO Sud");
    Set<Integer> years = entries.stream().map(e -> e.document().created().getYear())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(years).contains(2015, 2025).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void flowingDocumentsDoNotRepeatTheirTitleAsFirstHeading() {
    Set<SampleFormat> paged = Set.of(SampleFormat.PDF, SampleFormat.PPTX, SampleFormat.PPT,
        SampleFormat.ODP, SampleFormat.ODS);
    for (DemoEntry entry : DemoCorpusGenerator.entries()) {
      if (!paged.contains(entry.format())) {
        assertThat(entry.document().pages().getFirst().heading()).as(entry.fileName())
            .isNotEqualTo(entry.document().title());
      }
    }
  }

  private static String text(SampleDocument document) {
    StringBuilder text = new StringBuilder(document.title());
    for (SampleDocument.Page page : document.pages()) {
      text.append('\n').append(page.heading());
      page.paragraphs().forEach(p -> text.append('\n').append(p));
    }
    return text.toString();
  }

  @Test
  void committedCorpusIsUpToDateWithTheTemplates() throws IOException {
    Path corpus = Path.of(System.getProperty("santekb.root", ".")).resolve(DemoCorpusGenerator.DEFAULT_OUTPUT);
    Assumptions.assumeTrue(Files.isDirectory(corpus),
        "no corpus/documents/ folder under santekb.root: nothing committed to compare");
    for (Path file : written) {
      Path committed = corpus.resolve(file.getFileName().toString());
      assertThat(committed).as("regenerate with: ./santekb generate-corpus")
          .exists().hasSameBinaryContentAs(file);
    }
  }
}
