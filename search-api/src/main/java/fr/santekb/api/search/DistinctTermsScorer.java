package fr.santekb.api.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Passages with more distinct query words first: for « santé mentale », a passage that says both
 * beats one that says « santé » five times. Lucene's BM25-like passage score breaks ties. A match
 * of several words at once (a phrase marked as one) counts its words.
 */
final class DistinctTermsScorer extends PassageScorer {
  /** Larger than any passage's own score, so the distinct count decides first. */
  private static final float PER_DISTINCT_WORD = 1000f;

  @Override
  public float score(Passage passage, int contentLength) {
    Set<BytesRef> distinct = new HashSet<>();
    int words = 0;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      BytesRef term = passage.getMatchTerms()[i];
      if (term != null && distinct.add(term)) {
        words += 1 + spaces(term);
      }
    }
    return words * PER_DISTINCT_WORD + super.score(passage, contentLength);
  }

  private static int spaces(BytesRef term) {
    int n = 0;
    for (int i = term.offset; i < term.offset + term.length; i++) {
      n += term.bytes[i] == ' ' ? 1 : 0;
    }
    return n;
  }
}
