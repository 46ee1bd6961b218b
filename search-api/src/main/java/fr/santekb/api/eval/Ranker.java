package fr.santekb.api.eval;

import java.io.IOException;
import java.util.List;

/** Something that ranks the corpus for a query: the engine, or a baseline to compare it with. */
public interface Ranker {
  /** A short name for tables ("santekb", "French BM25"...). */
  String name();

  /**
   * The best {@code depth} documents for {@code query}, best first, each named by its path
   * relative to the corpus root; empty when nothing matches.
   */
  List<String> rank(String query, int depth) throws IOException;
}
