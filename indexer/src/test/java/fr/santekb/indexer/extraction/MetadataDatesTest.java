package fr.santekb.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(nullValues = "none", value = {
      "2021-03-15T09:00:00Z, 2021-03-15",
      "2014-10-05T12:17:15.915677280, 2014-10-05",
      "1998-10-16, 1998-10-16",
      "1980-01-01T00:00:00Z, 1980-01-01",
      "2027-12-31T23:00:00Z, 2027-12-31",
      "2028-01-01T00:00:00Z, none",
      "-0001-11-28T00:00:00Z, none",
      "1601-01-01T00:00:00Z, none",
      "1979-12-31T00:00:00Z, none",
      "2014-02-30T00:00:00Z, none",
      "mardi 3 mars, none"})
  void keepsOnlyPlausibleDates(String value, LocalDate expected) {
    assertThat(MetadataDates.plausible(value, TODAY).orElse(null)).isEqualTo(expected);
  }

  @Test
  void absentValueIsNoDate() {
    assertThat(MetadataDates.plausible(null, TODAY)).isEmpty();
  }
}
