package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlRecordParserTest {
  private final JsonlRecordParser parser = new JsonlRecordParser(1_000);

  @Test
  void aFullRecordBecomesAnExtractedDocumentAndASidecar() throws Exception {
    JsonlRecord record = parser.parse("""
        {"id": "cls-arles", "title": "CLS d'Arles", "text": "Page un.\\fPage deux.",
         "format": "pdf", "created": "2019-03-04", "year": 2019, "language": "fr",
         "meta": {"dispositif": "CLS", "territory": ["Arles"]}, "url": "ignored"}""",
        "r.jsonl:1");

    assertThat(record.recordId()).isEqualTo("cls-arles");
    ExtractedDocument d = record.document();
    assertThat(d.pages()).containsExactly("Page un.", "Page deux.");
    assertThat(d.paged()).isTrue();
    assertThat(d.format()).isEqualTo("pdf");
    assertThat(d.title()).isEqualTo("CLS d'Arles");
    assertThat(d.created()).contains(LocalDate.of(2019, 3, 4));
    assertThat(d.language()).contains("fr");
    assertThat(d.path().getFileName().toString()).isEqualTo("cls-arles.pdf");
    assertThat(d.truncated()).isFalse();
    assertThat(record.sidecar().year()).contains(2019);
    assertThat(record.sidecar().dispositifs()).containsExactly("CLS");
    assertThat(record.sidecar().territories()).containsExactly("Arles");
  }

  @Test
  void aMinimalRecordIsPlainTextTitledByItsFirstLine() throws Exception {
    JsonlRecord record = parser.parse("{\"id\": \"a\", \"text\": \"\\n  Titre ici\\nCorps.\"}",
        "r.jsonl:2");

    assertThat(record.document().format()).isEqualTo("txt");
    assertThat(record.document().title()).isEqualTo("Titre ici");
    assertThat(record.document().paged()).isFalse();
    assertThat(record.document().created()).isEmpty();
    assertThat(record.sidecar()).isEqualTo(Sidecar.none());
  }

  @Test
  void theMetaYearWinsOverTheRecordYear() throws Exception {
    JsonlRecord record = parser.parse(
        "{\"id\": \"a\", \"text\": \"x\", \"year\": 2015, \"meta\": {\"year\": 2017}}", "o");
    assertThat(record.sidecar().year()).isEqualTo(Optional.of(2017));
  }

  @Test
  void aLongTextIsCutAndMarkedTruncated() throws Exception {
    String text = "a".repeat(1_500);
    JsonlRecord record = parser.parse("{\"id\": \"a\", \"text\": \"" + text + "\"}", "o");
    assertThat(record.document().text()).hasSize(1_000);
    assertThat(record.document().truncated()).isTrue();
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(delimiter = '|', value = {
      "not json                                         | not valid JSON",
      "[1, 2]                                           | must be a JSON object",
      "{\"text\": \"x\"}                                | \"id\" is missing",
      "{\"id\": \"a\"}                                  | \"text\" is missing",
      "{\"id\": \"a\", \"text\": \"  \"}                | \"text\" must be a non-blank string",
      "{\"id\": 3, \"text\": \"x\"}                     | \"id\" must be a non-blank string",
      "{\"id\": \"a\", \"text\": \"x\", \"format\": \"exe\"} | unknown \"format\" exe",
      "{\"id\": \"a\", \"text\": \"x\", \"year\": 20}     | \"year\" must be a year",
      "{\"id\": \"a\", \"text\": \"x\", \"created\": \"hier\"} | \"created\" must be YYYY-MM-DD",
      "{\"id\": \"a\", \"text\": \"x\", \"meta\": {\"dispositifs\": \"CLS\"}} | unknown key \"dispositifs\"",
      "{\"id\": \"a\\u0000b\", \"text\": \"x\"}                | \"id\" cannot name a file"})
  void badRecordsAreRefusedNamingTheLineAndTheProblem(String line, String problem) {
    assertThatThrownBy(() -> parser.parse(line, "r.jsonl:7"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("r.jsonl:7: ")
        .hasMessageContaining(problem);
  }
}
