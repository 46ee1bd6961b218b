package fr.santekb.api.eval;

import java.util.Map;

/**
 * One query of the judged set.
 *
 * @param id stable identifier (for example "A01")
 * @param kind what the query tests (question, typo, acronym...); metrics are also given per kind
 * @param text the query as a user types it
 * @param grades content key (see {@link JudgedSet#contentKey}) to grade: 2 = about it, 1 =
 *     mentions it usefully; a content not listed is not relevant
 */
public record JudgedQuery(String id, String kind, String text, Map<String, Integer> grades) {
  public JudgedQuery {
    grades = Map.copyOf(grades);
  }
}
