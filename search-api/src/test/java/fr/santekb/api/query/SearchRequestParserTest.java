package fr.santekb.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.santekb.indexer.schema.FacetName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Query parameters → {@link SearchRequest}, and the messages of refused parameters. */
class SearchRequestParserTest {

  private static Map<String, List<String>> params(String... nameValues) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
    }
    return out;
  }

  @Test
  void noParametersMeanEveryDocumentFirstPageOfTen() {
    SearchRequest r = SearchRequestParser.parse(Map.of());
    assertThat(r.query()).isEmpty();
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.size()).isEqualTo(10);
    assertThat(r.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(r.effectiveSort()).isEqualTo(SortOrder.DATE);
    assertThat(r.filters()).isEmpty();
  }

  @Test
  void repeatedFiltersAreKeptPerFacetWithoutBlanksOrDuplicates() {
    SearchRequest r = SearchRequestParser.parse(params("q", "santé", "commune", "13056",
        "commune", "13004", "commune", "13056", "theme", "", "year", "2019", "sort", "date",
        "yearFrom", "2010", "page", "2", "size", "25"));
    assertThat(r.filters()).containsOnlyKeys(FacetName.COMMUNE, FacetName.YEAR);
    assertThat(r.filters().get(FacetName.COMMUNE)).containsExactly("13056", "13004");
    assertThat(r.yearFrom()).isEqualTo(Optional.of(2010));
    assertThat(r.offset()).isEqualTo(25);
    assertThat(r.effectiveSort()).isEqualTo(SortOrder.DATE);
  }

  @Test
  void refusedParametersAreNamedWithTheRuleAndTheValue() {
    record Case(String name, String value, String message) {}
    for (Case c : List.of(
        new Case("size", "0", "size must be between 1 and 100 (got 0)"),
        new Case("size", "1000000000", "size must be between 1 and 100 (got 1000000000)"),
        new Case("page", "-1", "page must be between 1 and 10000 (got -1)"),
        new Case("page", "abc", "page must be a whole number (got \"abc\")"),
        new Case("year", "abc", "year must be a whole number (got \"abc\")"),
        new Case("sort", "best", "sort must be relevance or date (got \"best\")"))) {
      assertThatThrownBy(() -> SearchRequestParser.parse(params(c.name(), c.value())))
          .isInstanceOf(InvalidParameterException.class).hasMessage(c.message())
          .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo(c.name());
    }
  }
}
