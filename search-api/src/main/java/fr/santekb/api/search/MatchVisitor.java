package fr.santekb.api.search;

import fr.santekb.api.results.MatchSummary;
import fr.santekb.api.results.MatchedDocument;
import java.io.IOException;

/** Receives the matching documents of a search one by one, in the search's order. */
public interface MatchVisitor {
  /** Called once, before the first document. */
  void start(MatchSummary summary) throws IOException;

  void visit(MatchedDocument document) throws IOException;
}
