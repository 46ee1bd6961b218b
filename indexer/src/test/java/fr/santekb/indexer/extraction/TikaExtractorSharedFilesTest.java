package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import fr.santekb.indexer.config.ExtractionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Formats SampleWriters cannot write (DOC, real PPT) and real-world quirks, from the shared corpus. */
class TikaExtractorSharedFilesTest {
  private static TikaExtractor extractor;

  @BeforeAll
  static void openExtractor() {
    extractor = new TikaExtractor(ExtractionSettings.defaults());
  }

  @AfterAll
  static void closeExtractor() {
    extractor.close();
  }

  private static ExtractedDocument extracted(Path file) {
    Extraction result = extractor.extract(file);
    assertThat(result).as("extraction of %s", file.getFileName())
        .isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) result).document();
  }

  @Test
  void word97DocumentWithAccentsAndDates() {
    ExtractedDocument doc =
        extracted(SharedCorpus.document("jcrb__Sagec/docs/PPI Bayer/Fiches action PPI Bayer.doc"));
    assertThat(doc.format()).isEqualTo("doc");
    assertThat(doc.mediaType()).isEqualTo("application/msword");
    assertThat(doc.paged()).isFalse();
    assertThat(doc.text()).contains("Tâches à accomplir", "Alerter la population",
        "Mise en sécurité des installations");
    assertThat(doc.created()).contains(LocalDate.of(1998, 10, 16));
    assertThat(doc.language()).contains("fr");
    // « Action n°1 » (its metadata title) names only the first of the file's action sheets
    assertThat(doc.title()).isEqualTo("Fiches action PPI Bayer");
  }

  @Test
  void powerPoint97SlidesArePages() {
    ExtractedDocument doc =
        extracted(SharedCorpus.document("jcrb__InformatisationSU/Etude_logiciel_DGOS_FEDORU_V1.ppt"));
    assertThat(doc.format()).isEqualTo("ppt");
    assertThat(doc.paged()).isTrue();
    assertThat(doc.pages()).hasSize(2);
    assertThat(doc.pages().get(0)).contains("COSUI RPU du 19 juin 2014")
        .doesNotContain("Etape 1");
    assertThat(doc.pages().get(1)).contains("Etape 1 : Etat des lieux", "services d’urgence");
    assertThat(doc.created()).contains(LocalDate.of(2014, 3, 13));
    // « Séminaire PF/ Mars 2014 » (metadata of a reused deck) and « COSUI RPU du 19 juin 2014 »
    // are events, not the talk's title
    assertThat(doc.title()).isEqualTo("Etat des lieux du parc logiciel : démarche conjointe "
        + "DGOS/FEDORU");
  }

  @Test
  void realOdpHasOnePagePerDrawPage() throws IOException {
    Path file = SharedCorpus.document(
        "jcrb__InformatisationSU/Presentation/Logiciels_RPU_Oct2014.odp");
    int drawPages;
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream content = zip.getInputStream(zip.getEntry("content.xml"))) {
      String xml = new String(content.readAllBytes(), StandardCharsets.UTF_8);
      drawPages = (int) Pattern.compile("<draw:page[ >]").matcher(xml).results().count();
    }
    ExtractedDocument doc = extracted(file);
    assertThat(doc.format()).isEqualTo("odp");
    assertThat(doc.paged()).isTrue();
    assertThat(doc.pages()).hasSize(drawPages).hasSizeGreaterThan(10);
    // the first slide's title frame names the meeting; the talk's title is the next line
    assertThat(doc.title()).isEqualTo("Logiciels utilisés pour la transmission des RPU");
  }

  @Test
  void doubleExtensionIsReadByContent() {
    ExtractedDocument doc = extracted(SharedCorpus.document(
        "jcrb__Trame_Commune/DOC/Fiche methode  Taux de recours aux urgences.odt.docx"));
    assertThat(doc.format()).isEqualTo("docx");
    assertThat(doc.title()).isEqualTo(
        "Proposition pour le calcul du taux annuel régional de recours aux urgences (TARRU)");
    assertThat(doc.text()).contains("Définition");
  }

  @Test
  void pptxSlidesComeInPresentationOrderWithoutImageNames() {
    ExtractedDocument doc = extracted(SharedCorpus.document(
        "jcrb__InformatisationSU/Presentation/Logiciels_RPU_complet_Oct2014.pptx"));
    assertThat(doc.paged()).isTrue();
    assertThat(doc.pages()).hasSize(22);
    assertThat(doc.pages().get(0)).startsWith("5ème Réunion FEDORU – Paris 10 octobre 2014");
    assertThat(doc.pages().get(1)).startsWith("Matériel & méthode");
    assertThat(doc.text()).doesNotContainPattern("image\\d+\\.png");
  }

  @Test
  void coverTitlesInArabicAndBelowALetterheadAndAMapWithoutOne() {
    // the Arabic flyer: its cover's headline (its metadata title is a design file's name)
    assertThat(extracted(SharedCorpus.document(
        "betagouv__sante-psy/static/documents/flyer_student_ar.pdf")).title())
        .isEqualTo("أنا طالب أواجه صعوبات مؤقتة");
    // the largest type is the society's letterhead; the metadata title is the file name again
    assertThat(extracted(SharedCorpus.document("jcrb__RPU_Doc/RPU National V2006.pdf")).title())
        .isEqualTo("Résumé de Passage aux Urgences (RPU)");
    // a map's legend (« Codes postaux », « SAMU ») is no title: the file name is
    assertThat(extracted(SharedCorpus.document("jcrb__Trame_Commune/offre_soins_alsace.pdf"))
        .title()).isEqualTo("offre soins alsace");
    // the metadata title (« Je veux devenir psycholgoue partenaire ») is not printed: the cover
    assertThat(extracted(SharedCorpus.document(
        "betagouv__sante-psy/static/documents/parcours_psychologue_sante_psy_etudiant.pdf"))
        .title()).isEqualTo("Santé Psy Étudiant");
  }
}
