package fr.santekb.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and formula neutralising, cell by cell. */
class CsvWriterTest {
  @Test
  void cellsAreQuotedOnlyWhenTheyMustBe() {
    String[][] table = {
        {"Santé mentale", "Santé mentale"},
        {"a,b", "\"a,b\""},
        {"dit \"non\"", "\"dit \"\"non\"\"\""},
        {"deux\nlignes", "\"deux\nlignes\""},
        {"13056 ; 13077", "13056 ; 13077"},
        {"", ""},
    };
    assertCells(table);
    assertThat(CsvWriter.cell(null)).isEmpty();
  }

  @Test
  void aCellThatLooksLikeAFormulaGetsALeadingApostrophe() {
    String[][] table = {
        {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"+33 4 91", "'+33 4 91"},
        {"-2 %", "'-2 %"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tcmd", "'\tcmd"},
        {"=1+1,2", "\"'=1+1,2\""},
        {"a=b", "a=b"},
        {"2024", "2024"},
    };
    assertCells(table);
  }

  /** Each row: a value, then the cell written for it. */
  private static void assertCells(String[][] table) {
    for (String[] c : table) {
      assertThat(CsvWriter.cell(c[0])).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void rowsEndWithCrlf() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.row(List.of("titre", "année"));
    csv.row(Arrays.asList("L’Hôpital, rapport", null));
    assertThat(out.toString()).isEqualTo("titre,année\r\n\"L’Hôpital, rapport\",\r\n");
  }
}
