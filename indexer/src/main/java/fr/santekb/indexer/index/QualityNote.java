package fr.santekb.indexer.index;

import fr.santekb.indexer.quality.Quality;

/**
 * A document's text quality as the run report gives it.
 *
 * @param score the quality score, in [0, 1], rounded down to three decimals (so that a score
 *     shown as 0.850 is « bonne »)
 * @param level « bonne », « moyenne » or « faible »
 * @param cause what lowers the score most (« 3 of 40 pages without text »)
 */
public record QualityNote(double score, String level, String cause) {

  public static QualityNote of(Quality q) {
    return new QualityNote(Math.floor(q.score() * 1000) / 1000.0, q.level().id(), q.mainCause());
  }
}
