package fr.santekb.api.query;

import fr.santekb.indexer.quality.QualityLevel;
import fr.santekb.indexer.schema.FacetName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds a {@link SearchRequest} from query parameters, refusing bad values with a clear message. */
public final class SearchRequestParser {
  /** Longest query text accepted. */
  public static final int MAX_QUERY_LENGTH = 1_000;
  /** Years outside this range are typos, not documents. */
  public static final int MIN_YEAR = 1000;
  public static final int MAX_YEAR = 2999;

  private SearchRequestParser() {}

  /** The parameters of a search, facet names first (those ignore case). */
  public static final List<String> PARAMETERS = Stream.concat(
      Arrays.stream(FacetName.values()).map(FacetName::apiName),
      Stream.of("q", "yearFrom", "yearTo", "inForce", "unit", "page", "size", "sort", "correct"))
      .toList();

  /**
   * A request for every match, as exports ask: {@code page} and {@code size} are ignored (not
   * even validated), everything else is read as {@link #parse} reads it.
   */
  public static SearchRequest parseIgnoringPaging(Map<String, List<String>> params) {
    Map<String, List<String>> rest = new HashMap<>(params);
    rest.remove("page");
    rest.remove("size");
    return parse(rest);
  }

  public static SearchRequest parse(Map<String, List<String>> params) {
    ParamReader p = new ParamReader(params);
    p.refuseUnknown(PARAMETERS, SearchRequestParser::isParameter);
    String query = p.text("q", MAX_QUERY_LENGTH);
    Map<FacetName, List<String>> filters = new EnumMap<>(FacetName.class);
    for (FacetName facet : FacetName.values()) {
      List<String> values = new ArrayList<>();
      // Filter names are case-insensitive, like the facet route: THEME=… filters on theme.
      for (String name : params.keySet()) {
        if (name.equalsIgnoreCase(facet.apiName())) {
          values.addAll(p.all(name));
        }
      }
      if (facet == FacetName.FORMAT) {
        // Format values are lower-case ids ("pdf"); PDF means the same format.
        values.replaceAll(v -> v.toLowerCase(Locale.ROOT));
      }
      if (facet == FacetName.QUALITY) {
        // Three levels only: another value is a mistake, not a filter that matches nothing.
        values.replaceAll(v -> v.toLowerCase(Locale.ROOT));
        values.stream().filter(v -> QualityLevel.fromId(v).isEmpty()).findFirst().ifPresent(v -> {
          throw new InvalidParameterException("quality", "quality must be "
              + String.join(", ", QualityLevel.ids()) + " (got \"" + ParamReader.abbreviate(v)
              + "\")");
        });
      }
      if (facet == FacetName.YEAR) {
        // Validated and written the way the index writes years ("02019" is 2019).
        values.replaceAll(v -> Integer.toString(
            ParamReader.parseInteger("year", v, MIN_YEAR, MAX_YEAR)));
      }
      if (!values.isEmpty()) {
        filters.put(facet, values.stream().distinct().toList());
      }
    }
    Optional<Integer> yearFrom = p.optionalInteger("yearFrom", MIN_YEAR, MAX_YEAR);
    Optional<Integer> yearTo = p.optionalInteger("yearTo", MIN_YEAR, MAX_YEAR);
    if (yearFrom.isPresent() && yearTo.isPresent() && yearFrom.get() > yearTo.get()) {
      throw new InvalidParameterException("yearFrom", "yearFrom must not be after yearTo (got "
          + yearFrom.get() + " > " + yearTo.get() + ")");
    }
    int page = p.integer("page", 1, SearchRequest.MAX_WINDOW, 1);
    int size = p.integer("size", 1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE);
    if ((long) page * size > SearchRequest.MAX_WINDOW) {
      throw new InvalidParameterException("page", "page × size must be at most "
          + SearchRequest.MAX_WINDOW + " (got page " + page + " of size " + size + ")");
    }
    SortOrder sort = p.single("sort").map(s -> SortOrder.fromApiName(s).orElseThrow(
        () -> new InvalidParameterException("sort", "sort must be relevance or date (got \""
            + ParamReader.abbreviate(s) + "\")"))).orElse(SortOrder.RELEVANCE);
    boolean autoCorrect = p.bool("correct", true);
    Optional<Integer> inForce = p.optionalInteger("inForce", MIN_YEAR, MAX_YEAR);
    SearchUnit unit = p.single("unit").map(u -> SearchUnit.fromApiName(u).orElseThrow(
        () -> new InvalidParameterException("unit", "unit must be document or section (got \""
            + ParamReader.abbreviate(u) + "\")"))).orElse(SearchUnit.DOCUMENT);
    return new SearchRequest(query, filters, yearFrom, yearTo, page, size, sort, autoCorrect,
        inForce, unit);
  }

  /** Whether {@code name} is a search parameter; facet names ignore case (THEME is theme). */
  static boolean isParameter(String name) {
    return PARAMETERS.contains(name) || FacetName.fromApiName(name).isPresent();
  }
}
