package fr.santekb.api.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A fixed pseudo-random sample of one view of the index, about one document in {@link #rate()},
 * as a filter clause. Counting a broad query's matches inside the sample instead of the whole
 * index costs about {@code 1/rate} of the exact count: the sample leads the conjunction, so the
 * query's postings are only advanced to sampled documents. Which documents are sampled depends
 * only on their document numbers (a hash, so that neither folder order nor indexing order biases
 * it); the sample is the same for every request on one view.
 */
final class DocumentSample extends Query {
  private final int rate;
  private final FixedBitSet[] perLeaf;
  private final int[] cardinalities;
  private final double scale;

  private DocumentSample(int rate, FixedBitSet[] perLeaf, double scale) {
    this.rate = rate;
    this.perLeaf = perLeaf;
    this.cardinalities = new int[perLeaf.length];
    for (int i = 0; i < perLeaf.length; i++) {
      cardinalities[i] = perLeaf[i].cardinality();
    }
    this.scale = scale;
  }

  /**
   * The sample of {@code reader}: the largest power-of-two rate that still leaves {@code
   * minDocuments} documents; empty when that rate is 1 (an index under twice that size is always
   * counted whole).
   */
  static Optional<DocumentSample> of(IndexReader reader, int minDocuments) {
    int rate = Integer.highestOneBit(Math.max(1, reader.maxDoc() / minDocuments));
    if (rate < 2) {
      return Optional.empty();
    }
    List<LeafReaderContext> leaves = reader.leaves();
    FixedBitSet[] perLeaf = new FixedBitSet[leaves.size()];
    long sampledLive = 0;
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      Bits live = leaf.reader().getLiveDocs();
      FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
      for (int doc = 0; doc < maxDoc; doc++) {
        if (sampled(leaf.docBase + doc, rate)) {
          bits.set(doc);
          if (live == null || live.get(doc)) {
            sampledLive++;
          }
        }
      }
      perLeaf[leaf.ord] = bits;
    }
    if (sampledLive == 0) {
      return Optional.empty();
    }
    return Optional.of(new DocumentSample(rate, perLeaf, (double) reader.numDocs() / sampledLive));
  }

  /** Whether document number {@code doc} is in a sample of one in {@code rate} (a power of 2). */
  static boolean sampled(int doc, int rate) {
    long h = doc * 0x9E3779B97F4A7C15L; // Fibonacci hashing, then a murmur3 finaliser step
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (h & (rate - 1)) == 0;
  }

  /** One document in this many is sampled. */
  int rate() {
    return rate;
  }

  /**
   * Live documents of the index per live document of the sample: a count inside the sample times
   * this estimates the count over the whole index.
   */
  double scale() {
    return scale;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet bits = context.ord < perLeaf.length ? perLeaf[context.ord] : null;
        if (bits == null || bits.length() < context.reader().maxDoc()) {
          throw new IllegalStateException("a document sample is used on another index view");
        }
        var iterator = new BitSetIterator(bits, cardinalities[context.ord]);
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already a bit set: caching would copy it
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "sample(1/" + rate + ")";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
