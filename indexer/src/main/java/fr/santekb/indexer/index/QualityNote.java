package fr.santekb.indexer.index;

import fr.santekb.indexer.quality.Quality;

/**
 * A document's text quality as the run report gives it.
 *
 * @param score the quality score, in [0, 1], rounded to three decimals
 * @param level « bonne », « moyenne » or « faible »
 * @param cause what lowers the score most (« 3 of 40 pages without text »)
 */
public record QualityNote(double score, String level, String cause) {

  public static QualityNote of(Quality q) {
    return new QualityNote(Math.round(q.score() * 1000) / 1000.0, q.level().id(), q.mainCause());
  }
}
