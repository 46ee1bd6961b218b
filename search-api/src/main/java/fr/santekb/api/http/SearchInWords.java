package fr.santekb.api.http;

import fr.santekb.api.query.SearchRequest;
import fr.santekb.indexer.schema.FacetName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A search's state in French words, for a feed's title: « santé mentale », thème : Santé mentale
 * ou Vieillissement, de 2019 à 2024; « tous les documents » when nothing narrows it.
 */
final class SearchInWords {
  private SearchInWords() {}

  /** {@code label} gives a facet value's display label. */
  static String of(SearchRequest request, BiFunction<FacetName, String, String> label) {
    List<String> parts = new ArrayList<>();
    if (request.hasQueryText()) {
      parts.add("« " + request.query().strip() + " »");
    }
    for (FacetName facet : FacetName.values()) {
      List<String> values = request.filters().getOrDefault(facet, List.of());
      if (!values.isEmpty()) {
        parts.add(name(facet) + " : " + String.join(" ou ",
            values.stream().map(v -> label.apply(facet, v)).toList()));
      }
    }
    if (request.yearFrom().isPresent() && request.yearTo().isPresent()) {
      parts.add("de " + request.yearFrom().get() + " à " + request.yearTo().get());
    } else {
      request.yearFrom().ifPresent(y -> parts.add("depuis " + y));
      request.yearTo().ifPresent(y -> parts.add("jusqu’en " + y));
    }
    request.inForce().ifPresent(y -> parts.add("en vigueur en " + y));
    return parts.isEmpty() ? "tous les documents" : String.join(", ", parts);
  }

  /** The facet's name as the web page says it. */
  static String name(FacetName facet) {
    return switch (facet) {
      case TYPE -> "type";
      case DISPOSITIF -> "dispositif";
      case THEME -> "thème";
      case PARTNER -> "partenaire";
      case SIGNATORY -> "signataire";
      case COMMUNE -> "commune";
      case EPCI -> "intercommunalité";
      case DEPARTEMENT -> "département";
      case REGION -> "région";
      case YEAR -> "année";
      case FORMAT -> "format";
      case ACRONYM -> "sigle";
      case QUALITY -> "qualité du texte";
    };
  }
}
