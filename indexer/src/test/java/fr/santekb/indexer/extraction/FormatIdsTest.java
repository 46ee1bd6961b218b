package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatIdsTest {

  @ParameterizedTest(name = "{0} named {1} -> {2}")
  @CsvSource(nullValues = "none", value = {
      "application/pdf, rapport.PDF, pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document, a.odt.docx, docx",
      "application/vnd.oasis.opendocument.text, rapport.docx, odt",
      "application/msword, fiche.doc, doc",
      "application/vnd.ms-powerpoint, etude.ppt, ppt",
      "application/vnd.oasis.opendocument.presentation, a.odp, odp",
      "application/vnd.ms-excel, a.xls, xls",
      "text/html, a.htm, html",
      "text/plain, notes.txt, txt",
      "text/plain, lisez-moi.md, md",
      "text/x-web-markdown, lisez-moi.md, md",
      "application/x-tika-ooxml, abime.docx, docx",
      "application/octet-stream, bruit.docx, docx",
      "application/zip, archive.zip, none",
      "application/octet-stream, programme.exe, none",
      "image/png, logo.png, none",
      "application/x-dosexec, setup.exe, none",
      "text/csv, a.csv, none"})
  void mapsMediaTypeFallingBackOnTheExtensionForContainers(String type, String name,
      String expected) {
    assertThat(FormatIds.of(type, name).orElse(null)).isEqualTo(expected);
  }
}
